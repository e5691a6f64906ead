/// A micro-credential: a course, badge, certificate, certification or stacked programme.
public struct Credential: Sendable, Hashable {
    /// The sort of credential.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case course, badge, certificate, certification, program
    }

    /// How a credential is earned by stacking others: `count` of the credentials in `of`.
    public struct Stack: Sendable, Hashable {
        public var of: [String]
        public var count: Int
        public init(of: [String], count: Int? = nil) {
            self.of = of; self.count = count ?? of.count
        }
    }

    public var id: String
    public var title: String
    public var provider: String
    public var issuer: String?
    public var type: Kind
    public var hours: Double
    public var price: Double
    public var skills: [SkillLevel]
    public var requires: [Condition]
    public var stack: Stack?
    public var accredited: Bool
    public var verifiable: Bool
    public var format: String?
    public var weeks: Double?
    public var expiresMonths: Int?
    public var url: String?
    public var summary: String?
    /// The last day it can be earned (exam retired, course withdrawn); nil when none is known.
    public var retires: CalendarDate?
    /// The credential that replaces it once retired.
    public var successor: String?
    /// Its Credential Engine CTID (`ce-…`), for matching CTDL records and badges.
    public var ctid: String?
    /// Ids or URLs of the Open Badges achievements that attest it, for matching imported badges.
    public var badgeIds: [String] = []
    /// The name of the catalog layer it comes from (``CatalogLoader/check(layers:warnings:)``);
    /// nil when the catalog was loaded from one directory.
    public var layer: String?

    public init(id: String, title: String, provider: String, issuer: String? = nil, type: Kind,
                hours: Double, price: Double, skills: [SkillLevel] = [], requires: [Condition] = [],
                stack: Stack? = nil, accredited: Bool = false, verifiable: Bool = false,
                format: String? = nil, weeks: Double? = nil, expiresMonths: Int? = nil,
                url: String? = nil, summary: String? = nil, retires: CalendarDate? = nil, successor: String? = nil,
                ctid: String? = nil, layer: String? = nil) {
        self.id = id; self.title = title; self.provider = provider; self.issuer = issuer
        self.type = type; self.hours = hours; self.price = price; self.skills = skills
        self.requires = requires; self.stack = stack; self.accredited = accredited
        self.verifiable = verifiable; self.format = format; self.weeks = weeks
        self.expiresMonths = expiresMonths; self.url = url; self.summary = summary
        self.retires = retires; self.successor = successor
        self.ctid = ctid
        self.layer = layer
    }

    /// The level this credential grants in a skill, 0 when it grants none.
    public func grantedLevel(_ skill: String) -> Int {
        skills.reduce(0) { $1.skill == skill ? max($0, $1.level) : $0 }
    }
}
