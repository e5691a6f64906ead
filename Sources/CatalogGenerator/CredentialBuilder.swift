import SkillpathCore

/// Generates credentials one at a time, remembering what earlier ones grant so that prerequisites
/// and stacks only ever point backwards (no cycles) and level chains can be met.
struct CredentialBuilder {
    let skills: [Skill]
    let providers: [Provider]
    var credentials: [Credential] = []
    /// For each skill and level 1...5, the indices of credentials granting exactly that level.
    private(set) var grantors: [[[Int]]]
    /// The highest level any credential grants in each skill (0 when none).
    private(set) var maxLevel: [Int]
    /// Skill indices by category index.
    private let skillsByCategory: [[Int]]
    /// Provider indices by the category they mostly teach.
    private let providersByCategory: [[Int]]
    /// Employers, which issue certificates taken on platforms.
    private let employers: [Int]
    /// Recent non-programme credentials by category, candidates for stacks.
    private var recentByCategory: [[Int]]
    /// How many parts a stacked programme has (fewer when its category has fewer recent credentials).
    var stackParts: ClosedRange<Int> = 2...5

    init(skills: [Skill], providers: [Provider]) {
        self.skills = skills
        self.providers = providers
        let categoryCount = CatalogGenerator.categories.count
        grantors = Array(repeating: Array(repeating: [], count: 6), count: skills.count)
        maxLevel = Array(repeating: 0, count: skills.count)
        skillsByCategory = (0..<categoryCount).map { c in Array(stride(from: c, to: skills.count, by: categoryCount)) }
        providersByCategory = (0..<categoryCount).map { c in Array(stride(from: c, to: providers.count, by: categoryCount)) }
        employers = providers.indices.filter { providers[$0].kind == .employer }
        recentByCategory = Array(repeating: [], count: categoryCount)
    }

    /// Adds credential number `index`. The first one per skill is an unconditioned level-1 course,
    /// so every skill can be started from nothing.
    mutating func add(index: Int, _ random: inout SplitMix64) {
        let categoryCount = CatalogGenerator.categories.count
        let seeding = index < skills.count
        let skill = seeding ? index : random.int(in: 0...(skills.count - 1))
        let category = skill % categoryCount
        let kinds: [Credential.Kind] = [.course, .badge, .certificate, .certification, .program]
        var kind = seeding ? .course : kinds[random.weighted([0.50, 0.12, 0.15, 0.13, 0.10])]
        if kind == .program && recentByCategory[category].count < 3 { kind = .certificate }
        if kind == .program {
            addProgram(index: index, category: category, &random)
            return
        }
        let level = seeding ? 1 : self.level(for: kind, skill: skill, &random)
        var granted = [SkillLevel(skill: skills[skill].id, level: level)]
        let extras = seeding ? random.int(in: 0...1) : random.int(in: 0...3)
        for _ in 0..<extras {
            let other = random.pick(skillsByCategory[category])
            let id = skills[other].id
            guard !granted.contains(where: { $0.skill == id }) else { continue }
            granted.append(SkillLevel(skill: id, level: random.int(in: 1...level)))
        }
        let requires = prerequisites(skill: skill, level: level, &random)
        let providerPool = random.chance(0.6) && !providersByCategory[category].isEmpty
            ? providersByCategory[category] : Array(providers.indices)
        let provider = providers[random.pick(providerPool)]
        var issuer: String?
        if kind == .certificate && provider.kind == .platform && !employers.isEmpty && random.chance(0.4) {
            issuer = providers[random.pick(employers)].id
        }
        let (hours, price) = Self.effort(kind, &random)
        let title = "\(CatalogGenerator.levelWords[level]) \(skills[skill].name) \(Self.kindWord(kind))"
        let id = "\(slug(skills[skill].name))-\(kind.rawValue)-\(index)"
        let credential = Credential(
            id: id, title: title, provider: provider.id, issuer: issuer, type: kind, hours: hours, price: price,
            skills: granted, requires: requires,
            accredited: provider.kind == .university && random.chance(0.5),
            verifiable: kind != .course && random.chance(0.6),
            format: kind == .certification ? "exam" : random.pick(["self-paced", "self-paced", "cohort", "in-person"]),
            weeks: (hours / 5).rounded(.up),
            expiresMonths: kind == .certification ? random.pick([24, 36, 36, 60]) : nil,
            url: "https://example.org/\(id)", summary: "Synthetic \(kind.rawValue) for benchmarks.")
        record(credential, index: index, category: category)
    }

    /// A credential's level: courses and badges mostly low, certifications higher, never more than
    /// one above what the catalog already grants (so chains stay climbable).
    private func level(for kind: Credential.Kind, skill: Int, _ random: inout SplitMix64) -> Int {
        let wanted: Int
        switch kind {
        case .course, .badge: wanted = 1 + random.weighted([0.35, 0.35, 0.2, 0.1])
        case .certificate: wanted = 2 + random.weighted([0.4, 0.4, 0.2])
        default: wanted = 2 + random.weighted([0.25, 0.35, 0.25, 0.15])
        }
        return min(wanted, maxLevel[skill] + 1, 5)
    }

    /// What must hold before starting: usually the same skill one level down, sometimes an earlier
    /// credential granting it, an `anyOf` of both, or an `allOf` with a second skill.
    private func prerequisites(skill: Int, level: Int, _ random: inout SplitMix64) -> [Condition] {
        guard level >= 2 else {
            return random.chance(0.05) ? [.skill(skills[random.int(in: 0...(skills.count - 1))].id, level: 1)] : []
        }
        let below = Condition.skill(skills[skill].id, level: level - 1)
        let earlier = grantors[skill][level - 1]
        let named = earlier.isEmpty ? nil : Condition.credential(credentials[random.pick(earlier)].id)
        switch random.unit() {
        case ..<0.15: return []
        case ..<0.65: return [below]
        case ..<0.80: return [named ?? below]
        case ..<0.93: return [named.map { .anyOf([$0, below]) } ?? below]
        default:
            let other = skills[random.pick(skillsByCategory[skill % CatalogGenerator.categories.count])].id
            return [.allOf([below, .skill(other, level: 1)])]
        }
    }

    /// A stacked programme of ``stackParts`` recent credentials in one category.
    private mutating func addProgram(index: Int, category: Int, _ random: inout SplitMix64) {
        let pool = recentByCategory[category]
        let size = random.int(in: min(stackParts.lowerBound, pool.count)...min(stackParts.upperBound, pool.count))
        var parts: [Int] = []
        while parts.count < size {
            let candidate = random.pick(pool)
            if !parts.contains(candidate) { parts.append(candidate) }
        }
        var granted: [String: Int] = [:]
        var order: [String] = []
        for part in parts {
            for s in credentials[part].skills {
                if granted[s.skill] == nil { order.append(s.skill) }
                granted[s.skill] = max(granted[s.skill] ?? 0, s.level)
            }
        }
        let skillsGranted = order.prefix(4).map { SkillLevel(skill: $0, level: granted[$0]!) }
        let (hours, price) = Self.effort(.program, &random)
        let name = CatalogGenerator.categories[category].name
        let id = "\(slug(name))-program-\(index)"
        let credential = Credential(
            id: id, title: "\(name) Professional Program \(index)", provider: credentials[parts[0]].provider, type: .program,
            hours: hours, price: price, skills: skillsGranted,
            stack: Credential.Stack(of: parts.map { credentials[$0].id }, count: random.chance(0.7) ? nil : size - 1),
            verifiable: random.chance(0.7), format: "self-paced", url: "https://example.org/\(id)",
            summary: "Synthetic stacked programme for benchmarks.")
        record(credential, index: index, category: nil)
    }

    private mutating func record(_ credential: Credential, index: Int, category: Int?) {
        credentials.append(credential)
        for granted in credential.skills {
            guard let s = Self.skillNumber(granted.skill) else { continue }
            grantors[s][granted.level].append(index)
            maxLevel[s] = max(maxLevel[s], granted.level)
        }
        if let category {
            recentByCategory[category].append(index)
            if recentByCategory[category].count > 40 { recentByCategory[category].removeFirst() }
        }
    }

    /// The skill index at the end of a generated skill id (`sql-17` → 17).
    static func skillNumber(_ id: String) -> Int? {
        guard let dash = id.lastIndex(of: "-") else { return nil }
        return Int(id[id.index(after: dash)...])
    }

    /// Hours and price in plausible ranges for the kind, in whole hours and whole dollars.
    static func effort(_ kind: Credential.Kind, _ random: inout SplitMix64) -> (hours: Double, price: Double) {
        switch kind {
        case .course: return (Double(random.int(in: 3...60)), random.chance(0.3) ? 0 : Double(random.int(in: 29...199)))
        case .badge: return (Double(random.int(in: 1...12)), Double(random.int(in: 0...99)))
        case .certificate: return (Double(random.int(in: 40...180)), Double(49 * random.int(in: 2...8)))
        case .certification: return (Double(random.int(in: 20...120)), Double(5 * random.int(in: 20...110)))
        case .program: return (Double(random.int(in: 0...30)), Double(random.int(in: 0...199)))
        }
    }

    static func kindWord(_ kind: Credential.Kind) -> String {
        switch kind {
        case .course: return "Course"
        case .badge: return "Badge"
        case .certificate: return "Professional Certificate"
        case .certification: return "Certification"
        case .program: return "Program"
        }
    }
}
