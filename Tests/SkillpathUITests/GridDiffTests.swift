import PropertyBased
import Testing
@testable import SkillpathUI

/// ``Grid/diff(_:_:)``: the runs a terminal paints to turn one frame into the next.
@Suite struct GridDiffTests {
    @Test func identicalFramesGiveNoRuns() {
        var grid = Grid(width: 10, height: 3)
        grid.put("hello", x: 1, y: 1)
        let diff = Grid.diff(grid, grid)
        #expect(!diff.clearsScreen)
        #expect(diff.runs.isEmpty)
    }

    @Test func firstFrameAndSizeChangeRedrawEverything() {
        let grid = Grid(width: 4, height: 2)
        #expect(Grid.diff(nil, grid).clearsScreen)
        #expect(Grid.diff(nil, grid).runs.map(\.row) == [0, 1])
        #expect(Grid.diff(Grid(width: 5, height: 2), grid).clearsScreen)
        #expect(Grid.diff(Grid(width: 4, height: 3), grid).runs.allSatisfy { $0.cells.count == 4 })
    }

    @Test func oneRunPerRowFromFirstToLastChange() {
        let a = Grid(width: 10, height: 2)
        var b = a
        b.put("x", x: 2, y: 1)
        b.put("y", x: 6, y: 1)
        let diff = Grid.diff(a, b)
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].row == 1 && diff.runs[0].column == 2 && diff.runs[0].cells.count == 5)
    }

    @Test func runsTakeWholeWideCharacters() {
        var a = Grid(width: 6, height: 1)
        a.put("東京", x: 0, y: 0)
        var b = a
        b.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: .accent)   // second half of 東
        let diff = Grid.diff(a, b)
        #expect(diff.runs.count == 1)
        #expect(diff.runs[0].column == 0, "the run starts on the wide character's first half")
        var c = a
        c.restyle(Rect(x: 2, y: 0, width: 1, height: 1), style: .accent)   // first half of 京
        #expect(Grid.diff(a, c).runs[0].cells.count == 2, "the run ends on the wide character's second half")
        #expect(a.applying(Grid.diff(a, b)) == b)
        #expect(a.applying(Grid.diff(a, c)) == c)
    }

    /// A random frame: words (ASCII, wide, combining, emoji) at random places and styles.
    static func randomGrid(_ rng: inout SplitMix, width: Int, height: Int) -> Grid {
        let words = ["a", "hello", "東京", "統計学", "é", "e\u{301}", "📊", "❤\u{FE0F}", "…", "x y", "👩‍💻"]
        var grid = Grid(width: width, height: height)
        for _ in 0..<rng.next(upTo: 12) {
            let style = Style.allCases[rng.next(upTo: Style.allCases.count)]
            grid.put(words[rng.next(upTo: words.count)], x: rng.next(upTo: max(1, width)), y: rng.next(upTo: max(1, height)), style: style)
            if rng.next(upTo: 4) == 0 {
                grid.restyle(Rect(x: rng.next(upTo: max(1, width)), y: 0, width: rng.next(upTo: 4), height: height), style: style)
            }
        }
        return grid
    }

    @Test func applyingTheDiffGivesTheNextFrame() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000_000)) { seed in
            var rng = SplitMix(seed: UInt64(seed))
            let width = 1 + rng.next(upTo: 12), height = 1 + rng.next(upTo: 5)
            let a = Self.randomGrid(&rng, width: width, height: height)
            // Half the time the same size (a changed frame), else a resize.
            let sameSize = rng.next(upTo: 2) == 0
            let b = Self.randomGrid(&rng, width: sameSize ? width : 1 + rng.next(upTo: 12),
                                    height: sameSize ? height : 1 + rng.next(upTo: 5))
            let diff = Grid.diff(a, b)
            #expect(a.applying(diff) == b, "seed \(seed)")
            for run in diff.runs {
                #expect(!run.cells[0].isContinuation, "seed \(seed): a run starts on a continuation")
                let end = run.column + run.cells.count
                #expect(end == b.width || !b[end, run.row].isContinuation, "seed \(seed): a run cuts a wide character")
            }
        }
    }
}
