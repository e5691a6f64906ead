import Foundation
import SkillpathCore
import CatalogGenerator

/// Generated catalogs of several sizes, written to a temporary directory and loaded back from disk.
struct LoadBenchmark {
    /// A catalog size and how many times to load it.
    struct Size { var credentials: Int; var runs: Int }

    let sizes: [Size]
    let seed: UInt64
    let scratch: String

    /// Runs the section; returns the loaded catalogs by size, for later sections.
    func run(_ report: BenchReport) throws -> [Int: Catalog] {
        report.section("Catalog load and validation (generated, from disk)")
        report.line("Seed \(seed); each catalog is generated, written to `\(scratch)`, then loaded with "
            + "`CatalogLoader.load(directory:)` (parse, decode, index, validate errors) and checked with "
            + "`CatalogLoader.check(directory:warnings: true)` (adds the warnings: cycles, unmeetable roles).")
        report.line()
        var loaded: [Int: Catalog] = [:]
        var rows: [[String]] = []
        var tenThousand: (String, Bool)?
        for size in sizes {
            report.progress("generating and loading \(size.credentials) credentials (\(size.runs) runs)")
            let directory = scratch + "/catalog-\(size.credentials)"
            let generator = CatalogGenerator(seed: seed, credentials: size.credentials)
            let (catalog, generateTime) = timed { generator.catalog() }
            let (_, writeTime) = try timed { try CatalogWriter.write(catalog, to: directory) }
            var load = Timings(), check = Timings()
            var last: Catalog?
            for _ in 0..<size.runs {
                let (result, t) = timed { Result { try CatalogLoader.load(directory: directory) } }
                load.add(t)
                last = try result.get()
            }
            var warnings = 0
            for _ in 0..<max(1, size.runs / 2) {
                let (result, t) = timed { CatalogLoader.check(directory: directory, warnings: true) }
                check.add(t)
                warnings = result.warnings.count
                if !result.errors.isEmpty { throw BenchError("generated catalog has errors: \(result.errors[0])") }
            }
            loaded[size.credentials] = last
            rows.append(["\(size.credentials)", "\(catalog.skills.count)", "\(catalog.roles.count)",
                         String(format: "%.1f MB", Double(Self.bytes(under: directory)) / 1_000_000),
                         ms(generateTime), ms(writeTime), "\(load.count)", ms(load.median), ms(load.worst),
                         ms(check.median), "\(warnings)"])
            if size.credentials == 10_000 {
                tenThousand = ("10k-credential catalog loaded in under 300 ms (median \(ms(load.median)))", load.median < 300)
            }
        }
        report.table(["credentials", "skills", "roles", "on disk", "generate", "write", "runs", "load median",
                      "load worst", "check median", "warnings"], rows)
        if let (text, met) = tenThousand { report.target(text, met) }
        return loaded
    }

    /// Total size of the files under a directory.
    static func bytes(under directory: String) -> Int {
        let fm = FileManager.default
        return (fm.subpaths(atPath: directory) ?? []).reduce(0) { sum, name in
            sum + ((try? fm.attributesOfItem(atPath: directory + "/" + name)[.size] as? Int) ?? 0)
        }
    }
}
