/// A rectangle of cells: what one frame of the interface looks like.
///
/// ``render(_:)`` draws the whole state into a grid; the ``Terminal`` paints only the cells that
/// changed since the last frame. A wide character takes two cells: the second is a continuation.
public struct Grid: Equatable, Sendable {
    /// One terminal cell.
    public struct Cell: Equatable, Sendable {
        /// What is drawn: one character (with any combining marks), or "" for the second half of a wide one.
        public var text: String
        public var style: Style
        public static let blank = Cell(text: " ", style: .normal)
        public var isContinuation: Bool { text.isEmpty }
    }

    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes text at (x, y), clipped to `maxWidth` columns (and the grid), with `…` when cut.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0, x >= 0 else { return 0 }
        if let written = putSimple(text, x: x, y: y, limit: limit, style: style) { return written }
        let fitted = TextWidth.truncate(text, to: limit)
        var column = x
        for character in fitted {
            let w = TextWidth.width(of: character)
            if w == 0 { continue }
            if column + w > x + limit { break }
            setCell(column, y, Cell(text: TextWidth.cellText(character), style: style))
            if w == 2 { setCell(column + 1, y, Cell(text: "", style: style)) }
            column += w
        }
        return column - x
    }

    /// One-character strings for printable ASCII, so the common case makes no new strings.
    private static let asciiCells: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// The fast path for text whose every scalar takes exactly one column (ASCII, accented Latin,
    /// `…`, `✓`, box lines): one scalar, one cell. Nil when the text has anything else (wide or
    /// combining characters, controls), which the general path handles.
    private mutating func putSimple(_ text: String, x: Int, y: Int, limit: Int, style: Style) -> Int? {
        // Counting stops one past the limit: past it nothing is drawn, so long text costs no more.
        var count = 0
        for scalar in text.unicodeScalars {
            if count > limit { break }
            if scalar.value >= 0x20 && scalar.value < 0x7F { count += 1; continue }
            guard scalar.value >= 0xA0, TextWidth.width(of: scalar) == 1 else { return nil }
            count += 1
        }
        let shown = count <= limit ? count : limit - 1
        var column = x
        for scalar in text.unicodeScalars.prefix(shown) {
            let cell = scalar.value < 0x7F ? Self.asciiCells[Int(scalar.value)] : String(scalar)
            setCell(column, y, Cell(text: cell, style: style))
            column += 1
        }
        if count > limit {
            setCell(column, y, Cell(text: "…", style: style))
            column += 1
        }
        return column - x
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let r = rect.clipped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { setCell(x, y, Cell(text: " ", style: style)) }
        }
    }

    /// Changes the style of a rectangle's cells, keeping their text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let r = rect.clipped(width: width, height: height)
        guard r.width > 0, r.height > 0 else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { cells[y * width + x].style = style }
        }
    }

    /// Sets one cell, blanking the other half of any wide character it overwrites.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        if cells[i].isContinuation, !cell.isContinuation, x > 0 { cells[i - 1].text = " " }
        if x + 1 < width, cells[i + 1].isContinuation { cells[i + 1].text = " " }
        cells[i] = cell
    }

    /// The grid as plain text, one line per row, trailing spaces removed (for tests and golden files).
    public var text: String {
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < x + width && py >= y && py < y + height
    }
    func clipped(width w: Int, height h: Int) -> Rect {
        let x0 = max(0, x), y0 = max(0, y)
        return Rect(x: x0, y: y0, width: max(0, min(x + width, w) - x0), height: max(0, min(y + height, h) - y0))
    }
}
