/// Shortening a text by its middle, so two long titles that differ at the end stay distinct.
extension TextWidth {
    /// `text` in at most `width` columns: as it is when it fits, else its start, "…" and its end.
    public static func truncateMiddle(_ text: String, to width: Int) -> String {
        let clean = sanitized(text)
        guard self.width(clean) > width else { return clean }
        guard width > 2 else { return truncate(clean, to: width) }
        let characters = Array(clean)
        let tailWidth = (width - 1) / 2
        let headWidth = width - 1 - tailWidth
        var head = "", used = 0
        for c in characters {
            let w = self.width(of: c)
            if used + w > headWidth { break }
            head.append(c); used += w
        }
        var tail: [Character] = [], tailUsed = 0
        for c in characters.reversed() {
            let w = self.width(of: c)
            if tailUsed + w > tailWidth { break }
            tail.append(c); tailUsed += w
        }
        return head + "…" + String(tail.reversed())
    }
}
