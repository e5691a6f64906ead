/// A skill a credential teaches and a role needs, e.g. "SQL" in category "Data".
public struct Skill: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var category: String
    public var description: String?
    public var esco: String?
    public var onet: String?

    public init(id: String, name: String, category: String, description: String? = nil,
                esco: String? = nil, onet: String? = nil) {
        self.id = id; self.name = name; self.category = category
        self.description = description; self.esco = esco; self.onet = onet
    }
}

/// A skill held at a level from 1 (awareness) to 5 (expert).
public struct SkillLevel: Sendable, Hashable, Codable {
    public var skill: String
    public var level: Int

    public init(skill: String, level: Int) {
        self.skill = skill; self.level = level
    }

    /// Human names of the five levels, index 1...5.
    public static let names = ["none", "awareness", "foundational", "working", "advanced", "expert"]

    /// The valid range of a level.
    public static let range = 1...5
}
