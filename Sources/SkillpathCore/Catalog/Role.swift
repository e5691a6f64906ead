/// A target job role and what it needs.
public struct Role: Sendable, Hashable {
    public var id: String
    public var title: String
    /// O*NET-SOC code, e.g. `15-2051.01`.
    public var onet: String?
    public var summary: String?
    /// The career stage as the catalog gives it (`entry`, `mid`, `senior`); nil when not given.
    public var level: String?
    public var requires: [Condition]
    public var recommends: [Condition]

    public init(id: String, title: String, onet: String? = nil, summary: String? = nil,
                requires: [Condition], recommends: [Condition] = []) {
        self.id = id; self.title = title; self.onet = onet; self.summary = summary
        self.requires = requires; self.recommends = recommends
    }
}
