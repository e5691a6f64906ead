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
            // Each run builds the state (and its search index) afresh and paints it on a new headless
            // terminal; the catalog's fingerprint, computed in the first run, is kept by the catalog.
            var states = Timings(), frames = Timings(), framesCPU = Timings()
            var state0: AppState?
            for _ in 0..<runs {
                let fresh = try Terminal(headlessWidth: 120, height: 40)
                let cpu = ResourceUsage.threadCPUMilliseconds()
                let (built, indexTime) = timed { AppState(catalog: large, profile: Profile(), today: today, width: 120, height: 40) }
                let (_, paintTime) = timed { fresh.paint(render(built)) }
                framesCPU.add(ResourceUsage.threadCPUMilliseconds() - cpu)
                fresh.close()
                states.add(indexTime)
                frames.add(indexTime + paintTime)
                state0 = built
            }
            guard let state0 else { throw BenchError("no runs") }
            let terminal = try Terminal(headlessWidth: 120, height: 40)
            defer { terminal.close() }
            terminal.paint(render(state0))
            var (state, _) = update(state0, .key(.char("/")))
            guard state.catalogView.searching else { throw BenchError("\"/\" did not start a search on the Catalog screen") }
            var typing = Timings(), moving = Timings(), erasing = Timings(), typingCPU = Timings(), erasingCPU = Timings()
            var parts = (update: Timings(), render: Timings(), paint: Timings())
            var counts: [Int] = []
            for _ in 0..<runs {
                for c in "python" {
                    let cpu = ResourceUsage.threadCPUMilliseconds()
                    let (_, t1) = timed { state = update(state, .key(.char(c))).0 }
                    let (frame, t2) = timed { render(state) }
                    let (_, t3) = timed { terminal.paint(frame) }
                    parts.update.add(t1); parts.render.add(t2); parts.paint.add(t3)
                    typing.add(t1 + t2 + t3)
                    typingCPU.add(ResourceUsage.threadCPUMilliseconds() - cpu)
                    counts.append(state.catalogView.results.count)
                }
                for _ in 0..<6 {
                    let cpu = ResourceUsage.threadCPUMilliseconds()
                    let (_, t) = timed {
                        state = update(state, .key(.backspace)).0
                        terminal.paint(render(state))
                    }
                    erasing.add(t)
                    erasingCPU.add(ResourceUsage.threadCPUMilliseconds() - cpu)
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
            rows.append(["state for \(label) (builds the search index)", "\(states.count)", ms(states.median), ms(states.worst),
                         "first run \(ms(states.samples.first ?? 0))"])
            rows.append(["first frame, \(label) (state + render + paint, catalog already loaded)", "\(frames.count)",
                         ms(frames.median), ms(frames.worst), "first run \(ms(frames.samples.first ?? 0)); \(cpuNote(framesCPU))"])
            rows.append(["key press: type a search character, \(label)", "\(typing.count)", ms(typing.median), ms(typing.worst),
                         "typing \"python\": \(counts.prefix(6).map(String.init).joined(separator: " → ")) results; "
                         + "update \(ms(parts.update.median)), render \(ms(parts.render.median)), paint \(ms(parts.paint.median)); \(cpuNote(typingCPU))"])
            rows.append(["key press: Backspace in the search, \(label)", "\(erasing.count)", ms(erasing.median), ms(erasing.worst), cpuNote(erasingCPU)])
            rows.append(["key press: ↓ in the list, \(label)", "\(moving.count)", ms(moving.median), ms(moving.worst), ""])
            report.table(["measure", "runs", "median", "worst", "note"], rows)
            report.target(frameTarget.0, frameTarget.1)
            report.target("first frame on \(large.credentials.count) credentials under 300 ms (median \(ms(frames.median)), worst \(ms(frames.worst)))",
                          frames.worst < 300)
            report.target("a search key press redrawn under 10 ms on \(large.credentials.count) credentials (median \(ms(typing.median)), worst \(ms(typing.worst)))",
                          typing.worst < 10)
        } else {
            report.table(["measure", "runs", "median", "worst", "note"], rows)
            report.target(frameTarget.0, frameTarget.1)
        }
    }

    /// The thread's CPU time for the same samples: what the work costs without the waits for a shared machine's cores.
    private func cpuNote(_ cpu: Timings) -> String {
        "CPU time median \(ms(cpu.median)), worst \(ms(cpu.worst))"
    }
}
