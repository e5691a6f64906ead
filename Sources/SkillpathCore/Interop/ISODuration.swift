/// An ISO 8601 duration such as `PT40H`, `P6W` or `P1Y2M3DT4H30M`, as CTDL's `exactDuration` states it.
public struct ISODuration: Sendable, Hashable {
    public var years = 0.0, months = 0.0, weeks = 0.0, days = 0.0
    public var hours = 0.0, minutes = 0.0, seconds = 0.0

    /// Average weeks in a year and in a month of the Gregorian calendar.
    static let weeksPerYear = 365.2425 / 7, weeksPerMonth = 365.2425 / 12 / 7

    /// Parses `P[nY][nM][nW][nD][T[nH][nM][nS]]` (a decimal comma or point allowed); nil when it is not one.
    public init?(_ text: String) {
        var rest = Substring(text.uppercased())
        guard rest.first == "P", rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var inTime = false, number = "", sawField = false, sawTimeField = false
        for c in rest {
            if c == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if c.isASCII, c.isNumber || c == "." || c == "," { number.append(c == "," ? "." : c); continue }
            guard let value = Double(number), value >= 0, value.isFinite else { return nil }
            number = ""; sawField = true; sawTimeField = sawTimeField || inTime
            switch (inTime, c) {
            case (false, "Y"): years = value
            case (false, "M"): months = value
            case (false, "W"): weeks = value
            case (false, "D"): days = value
            case (true, "H"): hours = value
            case (true, "M"): minutes = value
            case (true, "S"): seconds = value
            default: return nil
            }
        }
        guard number.isEmpty, sawField, !inTime || sawTimeField else { return nil }
    }

    /// Whether it states only a time of day part (`PT40H`): a number of hours, not of weeks.
    public var statesHours: Bool { years == 0 && months == 0 && weeks == 0 && days == 0 }

    /// The whole duration in hours (time part only: meaningful when ``statesHours``).
    public var totalHours: Double { hours + minutes / 60 + seconds / 3600 }

    /// The whole duration in weeks, months and years at their calendar averages.
    public var totalWeeks: Double {
        years * Self.weeksPerYear + months * Self.weeksPerMonth + weeks + days / 7 + totalHours / 168
    }
}
