/// A selection in a scrolling list.
public struct ListCursor: Equatable, Sendable {
    public var selection = 0
    /// The first row shown.
    public var offset = 0

    public init(selection: Int = 0, offset: Int = 0) {
        self.selection = selection; self.offset = offset
    }

    /// Moves by `delta` rows within `count` rows, keeping the selection on screen.
    mutating func move(by delta: Int, count: Int, visible: Int) {
        selection = count == 0 ? 0 : max(0, min(count - 1, selection + delta))
        offset = scrolled(count: count, visible: visible)
    }

    /// Clamps after the list changed length or the screen changed size.
    mutating func clamp(count: Int, visible: Int) {
        move(by: 0, count: count, visible: visible)
    }

    /// The offset that shows the selection among `visible` rows, as close to the stored one as possible.
    func scrolled(count: Int, visible: Int) -> Int {
        guard visible > 0 else { return max(0, selection) }
        var o = offset
        if selection < o { o = selection }
        if selection >= o + visible { o = selection - visible + 1 }
        o = min(o, max(0, count - visible))
        return max(0, o)
    }
}
