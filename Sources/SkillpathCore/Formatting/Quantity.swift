/// Short human forms of money, hours and weeks for text and Markdown output.
public enum Quantity {
    /// `$294`, `$1,999.01`, `€80`, `120 CAD`: whole amounts without cents, others with two decimals.
    public static func money(_ amount: Double, currency: String = "USD") -> String {
        guard amount.isFinite else { return "?" }
        var text: String
        // Total for any finite amount: cents are counted in an Int only while they fit exactly
        // (below 10^15 cents); larger amounts, which Limits keep out of catalogs and plans, are
        // written as a plain number.
        if abs(amount) < 1e13 {
            let cents = Int((abs(amount) * 100).rounded())
            text = grouped(cents / 100)
            if cents % 100 != 0 { text += "." + (cents % 100 < 10 ? "0" : "") + String(cents % 100) }
        } else {
            text = JSONReader.format(abs(amount).rounded())
        }
        if amount < 0 { text = "-" + text }
        switch currency {
        case "USD": return "$" + text
        case "EUR": return "€" + text
        case "GBP": return "£" + text
        default: return text + " " + currency
        }
    }

    /// A number with at most `digits` decimals and no trailing zeros: `180`, `22.5`, `0.33`.
    public static func number(_ x: Double, digits: Int = 1) -> String {
        guard x.isFinite else { return "?" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `180 h`, `7.5 h`.
    public static func hours(_ h: Double) -> String { number(h) + " h" }

    /// `22.5 weeks`, `1 week`.
    public static func weeks(_ w: Double) -> String {
        let text = number(w)
        return text == "1" ? "1 week" : text + " weeks"
    }

    /// `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    /// What an objective minimises, in words.
    public static func objective(_ objective: Objective, hourValue: Double? = nil, currency: String = "USD") -> String {
        switch objective {
        case .cost: return "lowest cost"
        case .time: return "fewest study hours"
        case .balanced:
            if let hourValue { return "balanced (price + \(money(hourValue, currency: currency)) per study hour)" }
            return "balanced (price + value of study hours)"
        }
    }
}
