import CatalogGenerator
import Foundation
import SkillpathCore

/// CTDL import of generated records (issue 12's figure: 5,000 records under 2 s).
struct CTDLBenchmark {
    let records: Int
    let runs: Int
    let scratch: String

    func run(_ report: BenchReport) throws {
        report.section("CTDL import")
        report.progress("importing \(records) CTDL records (\(runs) runs)")
        let file = scratch + "/ctdl-\(records).json"
        try Data(CTDLRecords.graph(records: records).utf8).write(to: URL(fileURLWithPath: file))
        var times = Timings()
        var credentials = 0
        for run in 0..<runs {
            let (result, t) = try timed { () throws -> Int in
                let converted = CTDLImport.convert(try CTDLImport.documents(at: [file]))
                try CatalogWriter.install(converted.catalog, at: scratch + "/ctdl-out-\(run)", replace: false)
                return converted.catalog.credentials.count
            }
            credentials = result
            times.add(t)
        }
        report.line("\(records) records (`CTDLRecords.graph`) read, converted and written as a catalog: "
            + "\(credentials) credentials; median \(ms(times.median)), worst \(ms(times.worst)) over \(runs) runs.")
        report.target("CTDL import of \(records) records under 2 s (median \(ms(times.median)))", times.median < 2000)
    }
}
