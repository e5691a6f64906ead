import SkillpathCore

/// Tokens libFuzzer splices into inputs (its `-dict=` file): the catalog's keys, numbers at and
/// past every bound in ``Limits`` and past what an `Int64` or a `Double` holds, dates, and text
/// that terminals misread. Random mutation alone seldom turns `10` into `1e16`.
enum FuzzDictionary {
    static let keys = ["id", "title", "provider", "issuer", "type", "hours", "price", "skills", "skill", "level",
                       "requires", "stack", "of", "count", "accredited", "verifiable", "format", "weeks",
                       "expiresMonths", "url", "summary", "anyOf", "allOf", "name", "category", "kind", "currency",
                       "version", "recommends", "onet", "esco", "hoursPerWeek", "budget", "hourValue", "startDate",
                       "objective", "earned", "excludeProviders", "accreditedOnly", "targetRole", "progress",
                       "status", "plan", "steps", "totals", "startWeek", "endWeek", "tiebreak", "value", "feasible"]

    static var numbers: [String] {
        let bounds = [Limits.hours, Limits.price, Limits.budget, Limits.hoursPerWeek, Limits.hourValue, Limits.weeks,
                      Limits.planPrice, Limits.planHours, Limits.planWeeks, Limits.planValue]
        var numbers = bounds.flatMap { [$0.lowerBound, $0.upperBound, $0.upperBound * 10] }.map(Limits.format)
        numbers += ["-1", "-0", "0.0000001", "1e-17", "5e-324", "1e16", "5e14", "5e15", "1e17", "1e300", "1e308",
                    "1.7976931348623157e308", "1e309", "9007199254740993", "9223372036854775807",
                    "18446744073709551616", "2147483648", "4294967296", "1e11", "18446744073", "1200", "1201", "6"]
        return numbers
    }

    static let strings = ["9999-12-31", "0001-01-01", "+202-01-01", "2026-02-29", "balanced", "time", "cost",
                          "certification", "program", "done", "doing", "\\u001b[2J", "\\u202e", "\\u0000", "\\ud800"]

    /// The dictionary file: one token a line, in libFuzzer's quoting (`\\` and `\"` escaped).
    static var text: String {
        func quoted(_ token: String) -> String {
            "\"" + token.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }
        let tokens = keys.map { "\"\($0)\"" } + numbers + strings.map { "\"\($0)\"" }
        return tokens.map(quoted).joined(separator: "\n") + "\n"
    }
}
