import Foundation

/// Writes a ``Catalog`` to a directory in the catalog format (`shared/spec/CATALOG.md`).
///
/// Output is deterministic: keys in a fixed order, one credential a line, credentials split into
/// `credentials/part-NNNNN.json` files of `credentialsPerFile` each in catalog order (so loading
/// the directory back gives the credentials in the same order).
public enum CatalogWriter {
    /// Writes `catalog` under `directory`, creating it (and `credentials/`) when missing.
    /// Existing `part-*.json` files there are replaced.
    public static func write(_ catalog: Catalog, to directory: String, credentialsPerFile: Int = 1000) throws {
        let fm = FileManager.default
        let credentialsDirectory = directory + "/credentials"
        try fm.createDirectory(atPath: credentialsDirectory, withIntermediateDirectories: true)
        for name in (try? fm.contentsOfDirectory(atPath: credentialsDirectory)) ?? [] where name.hasPrefix("part-") {
            try fm.removeItem(atPath: credentialsDirectory + "/" + name)
        }
        let info = JSONOutput.object([("name", .string(catalog.info.name)), ("version", .string(catalog.info.version)),
                                      ("currency", .string(catalog.info.currency))])
        try save(info.rendered() + "\n", to: directory + "/catalog.json")
        try save(lines(catalog.skills.map(json)), to: directory + "/skills.json")
        try save(lines(catalog.providers.map(json)), to: directory + "/providers.json")
        try save(lines(catalog.roles.map(json)), to: directory + "/roles.json")
        let perFile = max(1, credentialsPerFile)
        for start in stride(from: 0, to: catalog.credentials.count, by: perFile) {
            let chunk = catalog.credentials[start..<min(start + perFile, catalog.credentials.count)]
            let name = "part-" + String(String(start / perFile + 100_000).dropFirst()) + ".json"
            try save(lines(chunk.map(json)), to: credentialsDirectory + "/" + name)
        }
    }

    /// A JSON array with one compact element a line.
    static func lines(_ items: [JSONOutput]) -> String {
        "[\n" + items.map { " " + $0.rendered(pretty: false) }.joined(separator: ",\n") + "\n]\n"
    }

    static func save(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func json(_ skill: Skill) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("id", .string(skill.id)), ("name", .string(skill.name)),
                                               ("category", .string(skill.category))]
        if let d = skill.description { members.append(("description", .string(d))) }
        if let e = skill.esco { members.append(("esco", .string(e))) }
        if let o = skill.onet { members.append(("onet", .string(o))) }
        return .object(members)
    }

    static func json(_ provider: Provider) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("id", .string(provider.id)), ("name", .string(provider.name)),
                                               ("kind", .string(provider.kind.rawValue))]
        if let u = provider.url { members.append(("url", .string(u))) }
        if let terms = provider.subscription {
            members.append(("subscription", .object([("monthlyFee", number(terms.monthlyFee)), ("hoursPerMonth", number(terms.hoursPerMonth))])))
        }
        return .object(members)
    }

    static func json(_ role: Role) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("id", .string(role.id)), ("title", .string(role.title))]
        if let o = role.onet { members.append(("onet", .string(o))) }
        if let s = role.summary { members.append(("summary", .string(s))) }
        members.append(("requires", .array(role.requires.map(json))))
        if !role.recommends.isEmpty { members.append(("recommends", .array(role.recommends.map(json)))) }
        return .object(members)
    }

    static func json(_ c: Credential) -> JSONOutput {
        var m: [(String, JSONOutput)] = [("id", .string(c.id)), ("title", .string(c.title)), ("provider", .string(c.provider))]
        if let i = c.issuer { m.append(("issuer", .string(i))) }
        m += [("type", .string(c.type.rawValue)), ("hours", number(c.hours)), ("price", number(c.price)),
              ("skills", .array(c.skills.map { .object([("skill", .string($0.skill)), ("level", .integer($0.level))]) }))]
        if !c.requires.isEmpty { m.append(("requires", .array(c.requires.map(json)))) }
        if let stack = c.stack {
            var s: [(String, JSONOutput)] = [("of", .array(stack.of.map(JSONOutput.string)))]
            if stack.count != stack.of.count { s.append(("count", .integer(stack.count))) }
            m.append(("stack", .object(s)))
        }
        if c.accredited { m.append(("accredited", .bool(true))) }
        if c.verifiable { m.append(("verifiable", .bool(true))) }
        if let f = c.format { m.append(("format", .string(f))) }
        if let w = c.weeks { m.append(("weeks", number(w))) }
        if let e = c.expiresMonths { m.append(("expiresMonths", .integer(e))) }
        if let u = c.url { m.append(("url", .string(u))) }
        if let s = c.summary { m.append(("summary", .string(s))) }
        if let r = c.retires { m.append(("retires", .string(r.description))) }
        if let s = c.successor { m.append(("successor", .string(s))) }
        if let ctid = c.ctid { m.append(("ctid", .string(ctid))) }
        if !c.badgeIds.isEmpty { m.append(("badgeIds", .array(c.badgeIds.map { .string($0) }))) }
        return .object(m)
    }

    static func json(_ condition: Condition) -> JSONOutput {
        switch condition {
        case .credential(let id): return .string(id)
        case .skill(let id, let level): return .object([("skill", .string(id)), ("level", .integer(level))])
        case .anyOf(let parts): return .object([("anyOf", .array(parts.map(json)))])
        case .allOf(let parts): return .object([("allOf", .array(parts.map(json)))])
        }
    }

    /// Whole numbers without a decimal point, others as the shortest round-tripping decimal.
    static func number(_ x: Double) -> JSONOutput {
        x == x.rounded() && abs(x) < 1e15 ? .integer(Int(x)) : .number(x)
    }
}
