import SkillpathCore

/// Builds a deterministic, realistic-shaped synthetic catalog for benchmarks and tests.
///
/// The same seed and size always give the same catalog (and, through ``CatalogWriter``, the same
/// bytes on disk). Its shape follows the shipped catalog: skills grouped in categories, providers of
/// every kind, credentials granting one to four skills at levels 1–5 with prerequisite chains (level
/// L usually needs the same skill at L-1), some `anyOf`/`allOf` conditions, stacked programmes, and
/// roles needing four to eight conditions. The data is synthetic and says so in its names and URLs.
public struct CatalogGenerator: Sendable {
    /// The seed of the pseudo-random sequence.
    public let seed: UInt64
    /// How many credentials to generate.
    public let credentialCount: Int
    /// The shape of the prerequisite graph: the usual one, or the hard one of long chains and cycles.
    public let shape: CatalogShape

    /// Creates a generator for `credentials` credentials from `seed`, of the given `shape`.
    public init(seed: UInt64, credentials: Int, shape: CatalogShape = .standard) {
        self.seed = seed
        self.credentialCount = max(1, credentials)
        self.shape = shape
    }

    /// How many skills the catalog has: about one per eight credentials.
    public var skillCount: Int { max(40, credentialCount / 8) }
    /// How many providers the catalog has: about one per forty credentials.
    public var providerCount: Int { max(12, credentialCount / 40) }
    /// How many roles the catalog has: about one per twenty-five credentials.
    public var roleCount: Int { max(10, credentialCount / 25) }

    /// Generates the catalog in memory.
    public func catalog() -> Catalog {
        var random = SplitMix64(seed: seed)
        let skills = makeSkills()
        let providers = makeProviders(&random)
        var builder = CredentialBuilder(skills: skills, providers: providers)
        if shape == .hard { builder.stackParts = 3...6 }
        for i in 0..<credentialCount { builder.add(index: i, &random) }
        if shape == .hard {
            builder.addChains(count: credentialCount / 100, &random)
            builder.addCycles(oneIn: 40, &random)
        }
        let roles = makeRoles(&random, skills: skills, builder: builder)
        let shapeName = shape == .hard ? ", hard shape" : ""
        let info = Catalog.Info(name: "Synthetic catalog (seed \(seed), \(credentialCount) credentials\(shapeName))",
                                version: "2026.11", currency: "USD")
        return Catalog(info: info, skills: skills, providers: providers, roles: roles, credentials: builder.credentials)
    }

    /// Generates the catalog and writes it to `directory` in the catalog format; returns it.
    @discardableResult
    public func write(to directory: String) throws -> Catalog {
        let catalog = catalog()
        try CatalogWriter.write(catalog, to: directory)
        return catalog
    }

    /// The skills: categories in turn, topics within them, then qualified topics.
    func makeSkills() -> [Skill] {
        let categories = Self.categories
        let perRound = categories.count * categories[0].topics.count
        return (0..<skillCount).map { i in
            let category = categories[i % categories.count]
            let topic = category.topics[(i / categories.count) % category.topics.count]
            let round = i / perRound
            var name = topic
            if round > 0 { name += " " + Self.qualifiers[(round - 1) % Self.qualifiers.count] }
            if round > Self.qualifiers.count { name += " \(round / Self.qualifiers.count + 1)" }
            return Skill(id: "\(slug(name))-\(i)", name: name, category: category.name,
                         description: "Synthetic skill in \(category.name).")
        }
    }

    /// The providers: kinds drawn by weight, each with a main category.
    func makeProviders(_ random: inout SplitMix64) -> [Provider] {
        (0..<providerCount).map { i in
            let kind = Provider.Kind.allCases[random.weighted(Self.providerKindWeights)]
            let names = Self.providerNames[kind]!
            let name = names[i % names.count] + (i < names.count ? "" : " \(i / names.count + 1)")
            let id = "\(slug(name))-\(i)"
            return Provider(id: id, name: name, kind: kind, url: "https://example.org/\(id)")
        }
    }
}
