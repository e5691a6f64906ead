import Foundation
import SkillpathCore
import SkillpathTUI
import SkillpathUI

/// The interface without a terminal: the public `update`/`render` pair, painted by a headless
/// ncurses screen (output to /dev/null).
struct TUIBenchmark {
    let root: String
    let runs: Int

    func run(_ report: BenchReport, large: Catalog?) throws {
        report.section("Interface (headless): first frame and key presses")
        report.line("Measured in process with the TUI's public API: `CatalogLoader.load`, `AppState(...)`, `render(_:)`, "
            + "`update(_:_:)`, and `Terminal(headlessWidth:height:)` + `paint(_:)` (real ncurses, output to /dev/null). "
            + "Not included: process start, opening the real terminal, reading the saved profile.")
        report.line()
        let today = PlannerBenchmark.today
        var rows: [[String]] = []

        // Start to first frame: shipped catalog from disk, state, render, paint.
        var first = Timings()
        for _ in 0..<runs {
            let (_, t) = try timed { () throws -> Void in
                let catalog = try CatalogLoader.load(directory: root + "/Catalog")
                let state = AppState(catalog: catalog, profile: Profile(), today: today, width: 80, height: 24)
                let grid = render(state)
                let terminal = try Terminal(headlessWidth: 80, height: 24)
                terminal.paint(grid)
                terminal.close()
            }
            first.add(t)
        }
        rows.append(["first frame, shipped catalog, 80×24 (load + state + render + paint)", "\(first.count)",
                     ms(first.median), ms(first.worst), "first run \(ms(first.samples.first ?? 0))"])

        let frameTarget = ("first frame on the shipped catalog under 100 ms (median \(ms(first.median)), worst \(ms(first.worst)))",
                           first.worst < 100)
        if let large {
            let (state0, indexTime) = timed { AppState(catalog: large, profile: Profile(), today: today, width: 120, height: 40) }
            let terminal = try Terminal(headlessWidth: 120, height: 40)
            defer { terminal.close() }
            let (_, paintTime) = timed { terminal.paint(render(state0)) }
            let largeFirstFrame = indexTime + paintTime
            var (state, _) = update(state0, .key(.char("/")))
            guard state.catalogView.searching else { throw BenchError("\"/\" did not start a search on the Catalog screen") }
            var typing = Timings(), moving = Timings(), erasing = Timings()
            var parts = (update: Timings(), render: Timings(), paint: Timings())
            var counts: [Int] = []
            for _ in 0..<runs {
                for c in "python" {
                    let (_, t1) = timed { state = update(state, .key(.char(c))).0 }
                    let (frame, t2) = timed { render(state) }
                    let (_, t3) = timed { terminal.paint(frame) }
                    parts.update.add(t1); parts.render.add(t2); parts.paint.add(t3)
                    typing.add(t1 + t2 + t3)
                    counts.append(state.catalogView.results.count)
                }
                for _ in 0..<6 {
                    let (_, t) = timed {
                        state = update(state, .key(.backspace)).0
                        terminal.paint(render(state))
                    }
                    erasing.add(t)
                }
            }
            state = update(state, .key(.enter)).0
            for _ in 0..<(runs * 6) {
                let (_, t) = timed {
                    state = update(state, .key(.down)).0
                    terminal.paint(render(state))
                }
                moving.add(t)
            }
            let label = "\(large.credentials.count) credentials, 120×40"
            rows.append(["state for \(label) (builds the search index)", "1", ms(indexTime), ms(indexTime), ""])
            rows.append(["first frame, \(label) (state + render + paint, catalog already loaded)", "1",
                         ms(largeFirstFrame), ms(largeFirstFrame), ""])
            rows.append(["key press: type a search character, \(label)", "\(typing.count)", ms(typing.median), ms(typing.worst),
                         "typing \"python\": \(counts.prefix(6).map(String.init).joined(separator: " → ")) results; "
                         + "update \(ms(parts.update.median)), render \(ms(parts.render.median)), paint \(ms(parts.paint.median))"])
            rows.append(["key press: Backspace in the search, \(label)", "\(erasing.count)", ms(erasing.median), ms(erasing.worst), ""])
            rows.append(["key press: ↓ in the list, \(label)", "\(moving.count)", ms(moving.median), ms(moving.worst), ""])
            report.table(["measure", "runs", "median", "worst", "note"], rows)
            report.target(frameTarget.0, frameTarget.1)
            report.target("first frame on \(large.credentials.count) credentials under 300 ms (\(ms(largeFirstFrame)))", largeFirstFrame < 300)
            report.target("a search key press redrawn under 10 ms on \(large.credentials.count) credentials (median \(ms(typing.median)), worst \(ms(typing.worst)))",
                          typing.worst < 10)
        } else {
            report.table(["measure", "runs", "median", "worst", "note"], rows)
            report.target(frameTarget.0, frameTarget.1)
        }
    }
}
