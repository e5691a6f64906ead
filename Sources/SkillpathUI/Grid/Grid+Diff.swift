extension Grid {
    /// What changed between two frames: the rows' changed runs, or everything when the size changed.
    public struct Diff: Equatable, Sendable {
        /// Whether the screen must be cleared first (no previous frame, or a different size).
        public var clearsScreen: Bool
        /// The runs to draw, at most one per row, top to bottom.
        public var runs: [Run]
        /// The size of the new frame.
        public var width: Int, height: Int
    }

    /// Consecutive cells of one row to draw, starting at `column`.
    ///
    /// A run never starts on the second half of a wide character nor ends on its first half: the
    /// whole character is in it.
    public struct Run: Equatable, Sendable {
        public var row: Int
        public var column: Int
        public var cells: [Cell]
    }

    /// The runs that turn `previous` into `next` (pure: the terminal paints them).
    ///
    /// Each row with a change gives one run, from its first changed cell to its last, widened to
    /// whole wide characters. Without a previous frame of the same size every row is one run.
    public static func diff(_ previous: Grid?, _ next: Grid) -> Diff {
        let full = previous.map { $0.width != next.width || $0.height != next.height } ?? true
        var runs: [Run] = []
        for y in 0..<next.height {
            var first = -1, last = -1
            let base = y * next.width
            for x in 0..<next.width where full || previous!.cells[base + x] != next.cells[base + x] {
                if first < 0 { first = x }
                last = x
            }
            guard first >= 0 else { continue }
            while first > 0 && next.cells[base + first].isContinuation { first -= 1 }
            if last + 1 < next.width && next.cells[base + last + 1].isContinuation { last += 1 }
            runs.append(Run(row: y, column: first, cells: Array(next.cells[(base + first)...(base + last)])))
        }
        return Diff(clearsScreen: full, runs: runs, width: next.width, height: next.height)
    }

    /// This grid with a diff applied, as a terminal would show it: blank at the new size first
    /// when the diff clears the screen (so `a.applying(Grid.diff(a, b)) == b`).
    public func applying(_ diff: Diff) -> Grid {
        var result = diff.clearsScreen ? Grid(width: diff.width, height: diff.height) : self
        for run in diff.runs {
            for (offset, cell) in run.cells.enumerated() {
                result.cells[run.row * result.width + run.column + offset] = cell
            }
        }
        return result
    }
}
