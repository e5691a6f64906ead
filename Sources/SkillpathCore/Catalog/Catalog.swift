/// An immutable, indexed catalog: skills, providers, roles and credentials.
///
/// Ids map to dense indices in the order the catalog lists them. Build one with
/// ``CatalogLoader`` (from a directory) or ``init(info:skills:providers:roles:credentials:)``.
public struct Catalog: Sendable {
    /// The catalog's own description from `catalog.json`.
    public struct Info: Sendable, Hashable {
        public var name: String
        public var version: String
        public var currency: String
        public init(name: String, version: String, currency: String) {
            self.name = name; self.version = version; self.currency = currency
        }
    }

    public let info: Info
    public let skills: [Skill]
    public let providers: [Provider]
    public let roles: [Role]
    public let credentials: [Credential]

    public let skillIndex: [String: Int]
    public let providerIndex: [String: Int]
    public let roleIndex: [String: Int]
    public let credentialIndex: [String: Int]

    /// For each skill index, the credentials granting it, as (credential index, level), highest level first.
    public let grantors: [[(credential: Int, level: Int)]]
    /// For each credential index, the indices of the stacked credentials whose `stack.of` names it.
    public let stacksContaining: [[Int]]
    /// For each credential index, its total price and hours with the parts it stacks (see ``computeTotals(_:stacksContaining:)``).
    public let totals: [CredentialTotal]
    /// The ``fingerprint`` once computed (the catalog's content never changes after init).
    let fingerprintCache = FingerprintCache()

    /// Builds the indices. Duplicate ids keep their first occurrence in the index maps.
    public init(info: Info, skills: [Skill], providers: [Provider], roles: [Role], credentials: [Credential]) {
        self.info = info
        self.skills = skills
        self.providers = providers
        self.roles = roles
        self.credentials = credentials
        skillIndex = Self.index(skills.map(\.id))
        providerIndex = Self.index(providers.map(\.id))
        roleIndex = Self.index(roles.map(\.id))
        credentialIndex = Self.index(credentials.map(\.id))

        var grantors = [[(credential: Int, level: Int)]](repeating: [], count: skills.count)
        var stacksContaining = [[Int]](repeating: [], count: credentials.count)
        for (c, credential) in credentials.enumerated() {
            for granted in credential.skills {
                if let s = skillIndex[granted.skill] { grantors[s].append((c, granted.level)) }
            }
            for part in credential.stack?.of ?? [] {
                if let p = credentialIndex[part], !stacksContaining[p].contains(c) { stacksContaining[p].append(c) }
            }
        }
        for s in grantors.indices { grantors[s].sort { ($0.level, -$0.credential) > ($1.level, -$1.credential) } }
        self.grantors = grantors
        self.stacksContaining = stacksContaining
        totals = Self.computeTotals(credentials, stacksContaining: stacksContaining)
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var map = [String: Int](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() where map[id] == nil { map[id] = i }
        return map
    }

    public func skill(_ id: String) -> Skill? { skillIndex[id].map { skills[$0] } }
    public func provider(_ id: String) -> Provider? { providerIndex[id].map { providers[$0] } }
    public func role(_ id: String) -> Role? { roleIndex[id].map { roles[$0] } }
    public func credential(_ id: String) -> Credential? { credentialIndex[id].map { credentials[$0] } }

    /// The credentials that grant a skill at `level` or above.
    public func credentials(granting skill: String, atLeast level: Int) -> [Credential] {
        guard let s = skillIndex[skill] else { return [] }
        return grantors[s].filter { $0.level >= level }.map { credentials[$0.credential] }
    }

    /// The stacked credentials that a credential counts toward.
    public func stacks(containing id: String) -> [Credential] {
        guard let c = credentialIndex[id] else { return [] }
        return stacksContaining[c].map { credentials[$0] }
    }
}
