import Foundation
import Testing

/// The issue's huge-number reproducers, run through the built binary: each used to trap
/// (SIGILL, exit 132); now each is refused with exit 65 and a message naming the place.
@Suite struct NumberLimitsCommandTests {
    let cli = CLIRunner()

    /// The fixture catalog with sql-bootcamp's hours and sql-next's price replaced.
    static func catalog(bootcampHours: String = "20", nextPrice: String = "100", bootcampPrice: String = "300") -> String {
        CLIRunner.catalog(replacing: "credentials/all.json", with: """
        [
         {"id": "sql-intro", "title": "Intro to SQL", "provider": "coursera", "type": "course", "hours": 10, "price": 0, "skills": [{"skill": "sql", "level": 1}]},
         {"id": "sql-next", "title": "SQL for Analysts", "provider": "coursera", "type": "course", "hours": 40, "price": \(nextPrice), "skills": [{"skill": "sql", "level": 2}], "requires": ["sql-intro"]},
         {"id": "sql-bootcamp", "title": "SQL Bootcamp", "provider": "udemy", "type": "certificate", "hours": \(bootcampHours), "price": \(bootcampPrice), "skills": [{"skill": "sql", "level": 2}]}
        ]
        """)
    }

    @Test func hugeHoursAreReportedByCheckAndRefusedByPlan() throws {
        let catalog = Self.catalog(bootcampHours: "1e16")
        let check = try cli.run(["catalog", "check", "--catalog", catalog])
        #expect(check.status == 65)
        #expect(check.stdout.contains("credentials/all.json:4:") && check.stdout.contains("sql-bootcamp: [2].hours: 1e16 is out of range (at most 100000)"))
        #expect(!check.stdout.contains("0 errors"))
        for objective in ["cost", "balanced"] {
            let plan = try cli.run(["plan", "--role", "data-analyst", "--objective", objective, "--catalog", catalog])
            #expect(plan.status == 65, "objective \(objective)")
            #expect(plan.stderr.contains("sql-bootcamp: [2].hours: 1e16 is out of range"))
        }
    }

    @Test func hoursOf5e14UnderBalancedAreRefused() throws {
        let plan = try cli.run(["plan", "--role", "data-analyst", "--objective", "balanced", "--catalog", Self.catalog(bootcampHours: "5e14")])
        #expect(plan.status == 65)
        #expect(plan.stderr.contains("sql-bootcamp: [2].hours: 5e14 is out of range (at most 100000)"))
    }

    @Test func twoPricesOf5e15AreRefused() throws {
        let plan = try cli.run(["plan", "--role", "data-analyst", "--catalog", Self.catalog(nextPrice: "5e15", bootcampPrice: "5e15")])
        #expect(plan.status == 65)
        #expect(plan.stderr.contains("sql-next: [1].price: 5e15 is out of range"))
        #expect(plan.stderr.contains("sql-bootcamp: [2].price: 5e15 is out of range"))
    }

    @Test(arguments: [["catalog", "list"], ["catalog", "show", "sql-bootcamp"], ["plan", "--role", "data-analyst"]])
    func aPriceOf1e16Or1e17IsRefused(command: [String]) throws {
        for price in ["1e16", "1e17"] {
            let result = try cli.run(command + ["--catalog", Self.catalog(bootcampPrice: price)])
            #expect(result.status == 65, "\(command) with a price of \(price)")
            #expect(result.stderr.contains("sql-bootcamp: [2].price: \(price) is out of range (at most 10000000)"))
        }
    }

    @Test func aSavedPlanWithAPriceOf1e300IsInvalidData() throws {
        #expect(try cli.run(["plan", "--role", "data-analyst", "--save", "big"]).status == 0)
        let file = cli.home + "/plans/big.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let tampered = text.replacingOccurrences(of: "\"price\": 100.0,", with: "\"price\": 1e300,")
        #expect(tampered != text)
        CLIRunner.write(file, tampered)
        let show = try cli.run(["plans", "show", "big"])
        #expect(show.status == 65)
        #expect(show.stderr.contains("big.json") && show.stderr.contains("price: 1e300 is out of range (at most 10000000)"))
    }

    @Test func aSavedProfileOutOfRangeIsRefusedAtLoadNamingTheFile() throws {
        try FileManager.default.createDirectory(atPath: cli.home, withIntermediateDirectories: true)
        for text in [#"{"hoursPerWeek": 1e-17}"#, #"{"budget": 1e17}"#] {
            CLIRunner.write(cli.home + "/profile.json", text)
            for command in [["profile", "show"], ["plan", "--role", "data-analyst"]] {
                let result = try cli.run(command)
                #expect(result.status == 65, "\(command) with \(text)")
                #expect(result.stderr.contains(cli.home + "/profile.json:1:"), "\(result.stderr)")
                #expect(result.stderr.contains("is out of range"))
            }
        }
    }

    @Test func aProfileFileOutOfRangeIsRefused() throws {
        let profile = CLIRunner.file(#"{"hoursPerWeek": 5e-324}"#)
        let result = try cli.run(["plan", "--role", "data-analyst", "--profile", profile])
        #expect(result.status == 65)
        #expect(result.stderr.contains(profile + ":1:18: hoursPerWeek: 5e-324 is out of range (from 0.1 to 168)"))
    }
}

extension NumberLimitsCommandTests {
    /// Flags that used to trap: out of range now ends in exit 64 naming the range (the CLI's own
    /// flag checks may word it first; the planner refuses whatever gets past them).
    @Test(arguments: [["--hours-per-week", "1e-17"], ["--hours-per-week", "5e-324"], ["--time-limit", "1e11"],
                      ["--time-limit", "18446744073"], ["--budget", "1e17"], ["--hour-value", "1e9"]])
    func outOfRangeFlagsAreUsageErrors(flag: [String]) throws {
        let result = try cli.run(["plan", "--role", "data-analyst"] + flag)
        #expect(result.status == 64)
        #expect(result.stderr.contains("out of range") || result.stderr.contains("must be"), "\(result.stderr)")
    }
}
