import CatalogGenerator
import Foundation
import SkillpathCore
import SkillpathTUI
import SkillpathUI

/// A megabyte title with no space: wrapping it, the interface's first frame and detail pane on a
/// catalog that holds it, and `skillpath catalog show` of it (issue 8: text is laid out in one pass).
struct LongTextBenchmark {
    let executable: String
    let root: String
    let scratch: String
    let runs: Int

    /// 1,000,000 letters a…z repeated.
    static let title = String((0..<1_000_000).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })

    func run(_ report: BenchReport) throws {
        report.section("Long text: a 1 MB title with no space")
        let shipped = try CatalogLoader.load(directory: root + "/Catalog")
        var credentials = shipped.credentials
        credentials[0].title = Self.title
        let catalog = Catalog(info: shipped.info, skills: shipped.skills, providers: shipped.providers,
                              roles: shipped.roles, credentials: credentials)
        let directory = scratch + "/long-title-catalog"
        try CatalogWriter.write(catalog, to: directory)

        var wrap = Timings(), frame = Timings(), detail = Timings(), show = Timings()
        for _ in 0..<runs {
            wrap.add(timed { _ = TextWrap.lines(Self.title, width: 80) }.1)
            let (state, t) = try timed { () throws -> AppState in
                let state = AppState(catalog: catalog, profile: Profile(), today: PlannerBenchmark.today, width: 120, height: 40)
                let terminal = try Terminal(headlessWidth: 120, height: 40)
                terminal.paint(render(state))
                terminal.close()
                return state
            }
            frame.add(t)
            detail.add(timed { _ = render(update(state, .key(.enter)).0) }.1)
            show.add(try timed { () throws -> Void in
                let result = try ProcessBenchmark.spawn(executable, ["catalog", "show", credentials[0].id], directory: root,
                                                        environment: ["SKILLPATH_CATALOG": directory], stdout: "/dev/null")
                guard result.status == 0 else { throw BenchError("catalog show of the long title exited \(result.status)") }
            }.1)
        }
        report.table(["measure", "runs", "median", "worst"], [
            ["TextWrap.lines of the title at 80 columns", "\(wrap.count)", ms(wrap.median), ms(wrap.worst)],
            ["first frame, shipped catalog with the title, 120×40 (state + render + paint)", "\(frame.count)", ms(frame.median), ms(frame.worst)],
            ["Enter: the full detail of that credential (update + render)", "\(detail.count)", ms(detail.median), ms(detail.worst)],
            ["`skillpath catalog show` of it (whole process, loading the catalog)", "\(show.count)", ms(show.median), ms(show.worst)],
        ])
        report.target("a 1 MB title: first frame under 100 ms (worst \(ms(frame.worst)))", frame.worst < 100)
        report.target("a 1 MB title: `catalog show` under 100 ms (median \(ms(show.median)))", show.median < 100)
    }
}
