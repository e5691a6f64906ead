import CatalogGenerator
import Foundation
import SkillpathCore

/// Runs one fuzz input against a small generated catalog and then does what a user would do
/// next with whatever loaded cleanly: list and show credentials, plan a role or two, and write
/// the plan as text, JSON, Markdown and a saved plan that must read back.
///
/// Nothing here may trap: every input, however broken, must end in diagnostics or a plan.
final class FuzzHarness: Sendable {
    /// The base catalog's directory, rewritten one file at a time and restored after each input.
    let directory: String
    /// The base catalog's files relative to ``directory``, in the order ``FuzzInput`` indexes them.
    let files: [String]
    let originals: [String: [UInt8]]
    let baseCatalog: Catalog
    /// A fixed day and instant, so a run is reproducible.
    static let today = CalendarDate(year: 2026, month: 12, day: 1)
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        directory = NSTemporaryDirectory() + "skillpath-fuzz-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        let catalog = CatalogGenerator(seed: 8, credentials: 12).catalog()
        try CatalogWriter.write(catalog, to: directory, credentialsPerFile: 4)
        var files = ["catalog.json", "skills.json", "providers.json", "roles.json"]
        files += try FileManager.default.contentsOfDirectory(atPath: directory + "/credentials").sorted().map { "credentials/" + $0 }
        var originals: [String: [UInt8]] = [:]
        for file in files { originals[file] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))) }
        self.files = files
        self.originals = originals
        self.baseCatalog = try CatalogLoader.load(directory: directory)
    }

    /// Runs one input.
    func run(_ bytes: [UInt8]) {
        let input = FuzzInput(bytes, catalogFiles: files)
        let profile = Self.profile(options: input.options)
        switch input.target {
        case .catalogFile(let file):
            write(input.content, to: file)
            defer { write(originals[file] ?? [], to: file) }
            let report = CatalogLoader.check(directory: directory)
            for diagnostic in report.diagnostics { _ = diagnostic.description }
            guard report.errors.isEmpty, let catalog = report.catalog else { return }
            exercise(catalog, profile: profile, options: input.options)
        case .profile:
            let result = ProfileDecoding.decode(JSONSource(name: "profile.json", bytes: input.content), catalog: baseCatalog)
            for diagnostic in result.diagnostics { _ = diagnostic.description }
            guard let decoded = result.profile else { return }
            _ = ProfileEncoding.render(decoded)
            exercise(baseCatalog, profile: decoded, options: input.options)
        case .savedPlan:
            guard let saved = try? SavedPlan.decode(JSONSource(name: "plans/fuzz.json", bytes: input.content)) else { return }
            render(saved.plan, in: baseCatalog, progress: saved.progress.map(\.status))
            _ = saved.output().rendered()
        }
    }

    /// A profile within every limit, chosen by the option byte.
    static func profile(options: UInt8) -> Profile {
        let o = Int(options)
        let paces = [5, Limits.hoursPerWeek.lowerBound, Limits.hoursPerWeek.upperBound, 12.5]
        let budgets: [Double?] = [nil, 0, 500, Limits.budget.upperBound]
        return Profile(hoursPerWeek: paces[(o / 3) % 4], objective: Objective.allCases[o % 3],
                       hourValue: (o / 48) % 2 == 0 ? 20 : Limits.hourValue.upperBound, budget: budgets[(o / 12) % 4])
    }

    /// Lists, shows and plans with a catalog that loaded without errors.
    func exercise(_ catalog: Catalog, profile: Profile, options: UInt8) {
        let currency = catalog.info.currency
        for credential in catalog.credentials {
            _ = Quantity.money(credential.price, currency: currency)
            _ = Quantity.hours(credential.hours)
            if let weeks = credential.weeks { _ = Quantity.weeks(weeks) }
            _ = TextWrap.truncate(credential.title, 40)
            _ = TextWrap.lines(credential.summary ?? credential.title, width: 60)
            for condition in credential.requires { _ = CatalogNames.condition(condition, in: catalog) }
            for level in credential.skills { _ = CatalogNames.skill(level, in: catalog) }
        }
        let roles = [catalog.roles.first, catalog.roles.count > 1 ? catalog.roles.last : nil].compactMap { $0 }
        let planner = Planner(catalog: catalog)
        for role in roles {
            let request = PlanRequest(role: role.id, profile: profile, includeRecommended: options & 0x80 != 0,
                                      today: Self.today, timeLimit: 0.02)
            do {
                let plan = try planner.plan(request)
                render(plan, in: catalog, progress: nil)
                let saved = SavedPlan(name: "fuzz", plan: plan, profile: profile, includeRecommended: request.includeRecommended,
                                      catalog: catalog, now: Self.now)
                let text = saved.output().rendered()
                do {
                    _ = try SavedPlan.decode(JSONSource(name: "plans/fuzz.json", bytes: Array(text.utf8)))
                } catch {
                    fatalError("a plan saved from a clean catalog does not read back: \(error)\n\(text)")
                }
            } catch {
                _ = error.description
            }
        }
    }

    /// Writes a plan every way the CLI and the TUI do.
    func render(_ plan: Plan, in catalog: Catalog, progress: [StepStatus]?) {
        _ = PlanText(plan: plan, catalog: catalog, progress: progress, width: 72).render()
        _ = PlanJSON.render(plan)
        _ = PlanMarkdown(plan: plan, catalog: catalog, progress: progress).render()
    }

    private func write(_ bytes: [UInt8], to file: String) {
        FileManager.default.createFile(atPath: directory + "/" + file, contents: Data(bytes))
    }

    /// Seed inputs: each base file as it is, a profile, a saved plan, and the shipped catalog's files.
    func seeds(shippedCatalog: String?) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for (i, file) in files.enumerated() { seeds.append(FuzzInput.encode(selector: i, content: originals[file] ?? [])) }
        let profile = Profile(skills: [baseCatalog.skills[0].id: 2], hoursPerWeek: 7.5, objective: .balanced, budget: 900)
        seeds.append(FuzzInput.encode(selector: files.count, content: Array(ProfileEncoding.render(profile).utf8)))
        if let role = baseCatalog.roles.first,
           let plan = try? Planner(catalog: baseCatalog).plan(PlanRequest(role: role.id, profile: profile, today: Self.today, timeLimit: 1)) {
            let saved = SavedPlan(name: "seed", plan: plan, profile: profile, includeRecommended: false, catalog: baseCatalog, now: Self.now)
            seeds.append(FuzzInput.encode(selector: files.count + 1, content: Array(saved.output().rendered().utf8)))
        }
        if let shippedCatalog {
            let kinds = ["catalog.json": 0, "skills.json": 1, "providers.json": 2, "roles.json": 3]
            let fm = FileManager.default
            var shipped = kinds.keys.sorted()
            shipped += ((try? fm.contentsOfDirectory(atPath: shippedCatalog + "/credentials")) ?? []).sorted().map { "credentials/" + $0 }
            for file in shipped {
                guard let data = fm.contents(atPath: shippedCatalog + "/" + file) else { continue }
                seeds.append(FuzzInput.encode(selector: kinds[file] ?? 4, content: [UInt8](data)))
            }
        }
        return seeds
    }
}
