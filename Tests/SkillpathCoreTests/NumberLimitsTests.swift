import Foundation
import Testing
@testable import SkillpathCore

/// Huge, tiny and out-of-range numbers from the issue: each is refused where it enters, naming the
/// file, line:column, JSON path and element id, and nothing downstream can trap on one.
@Suite struct NumberLimitsTests {
    static func credential(_ id: String, hours: String = "10", price: String = "49", extra: String = "") -> String {
        #"{"id": "\#(id)", "title": "T", "provider": "coursera", "type": "course", "hours": \#(hours), "price": \#(price), "skills": [{"skill": "sql", "level": 2}]\#(extra)}"#
    }

    static func errors(_ credentials: String) throws -> [String] {
        CatalogLoaderTests.errors(try CatalogLoaderTests.makeCatalog(credentials: credentials))
    }

    @Test func hugeHoursAndPricesNameFilePlacePathAndId() throws {
        let errors = try Self.errors("[\(Self.credential("ok")),\n\(Self.credential("aws-saa", hours: "1e16", price: "1e17"))]")
        #expect(errors.contains("credentials/a.json:2:84: aws-saa: [1].hours: 1e16 is out of range (at most 100000)"))
        #expect(errors.contains("credentials/a.json:2:99: aws-saa: [1].price: 1e17 is out of range (at most 10000000)"))
        #expect(errors.count == 2)
    }

    @Test func everyCredentialNumberIsRangeChecked() throws {
        let bad = Self.credential("x", hours: "-1", price: "5e15", extra: #", "weeks": 1e9, "expiresMonths": 99999"#)
        let errors = try Self.errors("[\(bad)]")
        #expect(errors.contains { $0.hasSuffix("x: [0].hours: -1 is out of range (must be zero or more)") })
        #expect(errors.contains { $0.hasSuffix("x: [0].price: 5e15 is out of range (at most 10000000)") })
        #expect(errors.contains { $0.hasSuffix("x: [0].weeks: 1e9 is out of range (at most 1000)") })
        #expect(errors.contains { $0.hasSuffix("x: [0].expiresMonths: must be a whole number from 0 to 1200, not 99999") })
    }

    @Test func theLargestNumbersInRangeLoad() throws {
        let catalog = try CatalogLoader.load(directory: try CatalogLoaderTests.makeCatalog(
            credentials: "[\(Self.credential("big", hours: "100000", price: "10000000"))]"))
        #expect(catalog.credentials[0].hours == 100_000 && catalog.credentials[0].price == 10_000_000)
    }

    @Test func stackErrorsNameTheCredential() throws {
        let stack = Self.credential("bad-stack-x", extra: #", "stack": {"of": ["ok", "ok2"], "count": 5}"#)
        let errors = try Self.errors("[\(Self.credential("ok")), \(Self.credential("ok2")), \(stack)]")
        #expect(errors.contains { $0.contains("bad-stack-x: [2].stack.count: stack count 5 exceeds its 2 parts") })
    }

    @Test func referenceErrorsNameTheElement() throws {
        let errors = try Self.errors("[\(Self.credential("ok", extra: #", "requires": ["nope"]"#))]")
        #expect(errors.contains { $0.contains("ok: [0].requires[0]: unknown credential \"nope\"") })
    }

    @Test func catalogFilesMustBeRegularFiles() throws {
        let directory = try CatalogLoaderTests.makeCatalog()
        try FileManager.default.removeItem(atPath: directory + "/skills.json")
        #expect(mkfifo(directory + "/skills.json", 0o600) == 0)
        // A FIFO would block the read for ever; it is opened without blocking and refused before any read.
        #expect(CatalogLoaderTests.errors(directory).contains("skills.json: is a FIFO (named pipe), not a regular file; a catalog file must be a JSON file"))
    }

    /// `--profile FILE` reads through the same gate: a FIFO or a device is named for what it is.
    @Test func profileFilesMustBeRegularFiles() throws {
        let directory = try CatalogLoaderTests.makeCatalog()
        let fifo = directory + "/profile.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: CatalogError.self) { try ProfileDecoding.load(file: fifo, catalog: nil) }
        do { _ = try ProfileDecoding.load(file: fifo, catalog: nil) } catch {
            #expect(error.diagnostics.first?.message == "is a FIFO (named pipe), not a regular file; name a profile JSON file")
            #expect(!error.isMissingFile)
        }
        do { _ = try ProfileDecoding.load(file: "/dev/zero", catalog: nil) } catch {
            #expect(error.diagnostics.first?.message.hasPrefix("is a character device") == true)
        }
    }

    // MARK: Profiles

    @Test func profileValidateNamesFieldValueAndRange() {
        let profile = Profile(skills: ["sql": 9], hoursPerWeek: 1e-17, hourValue: 1e9, budget: 1e17)
        #expect(profile.validate().map(\.description) == [
            "budget: 1e17 is out of range (from 0 to 10000000000)",
            "hourValue: 1e9 is out of range (from 0 to 10000)",
            "hoursPerWeek: 1e-17 is out of range (from 0.1 to 168)",
            "skills.sql: 9 is out of range (a whole number from 0 to 5)",
        ])
        #expect(Profile().validate().isEmpty)
        #expect(Profile(startDate: CalendarDate(year: 12345, month: 1, day: 1)).validate().map(\.key) == ["startDate"])
    }

    @Test func profileFilesOutOfRangeAreRefusedWithThePlace() {
        let text = """
        {"hoursPerWeek": 1e-17,
         "budget": 1e17, "skills": {"sql": 7}}
        """
        let result = ProfileDecoding.decode(JSONSource(name: "profile.json", bytes: Array(text.utf8)), catalog: nil)
        #expect(result.profile == nil)
        #expect(result.errors.map(\.description) == [
            "profile.json:2:12: budget: 1e17 is out of range (from 0 to 10000000000)",
            "profile.json:1:18: hoursPerWeek: 1e-17 is out of range (from 0.1 to 168)",
            "profile.json:2:36: skills.sql: 7 is out of range (a whole number from 0 to 5)",
        ])
    }

    // MARK: Planner

    static let planCatalog: Catalog = {
        let skills = [Skill(id: "sql", name: "SQL", category: "Data")]
        let providers = [Provider(id: "p", name: "P", kind: .platform)]
        let roles = [Role(id: "r", title: "R", requires: [.skill("sql", level: 2)])]
        let credentials = [
            Credential(id: "a", title: "A", provider: "p", type: .course, hours: 100_000, price: 10_000_000, skills: [SkillLevel(skill: "sql", level: 1)]),
            Credential(id: "b", title: "B", provider: "p", type: .course, hours: 100_000, price: 10_000_000,
                       skills: [SkillLevel(skill: "sql", level: 2)], requires: [.credential("a")]),
        ]
        return Catalog(info: Catalog.Info(name: "t", version: "1", currency: "USD"), skills: skills, providers: providers,
                       roles: roles, credentials: credentials)
    }()

    @Test(arguments: Objective.allCases)
    func theLargestValuesPlanWithoutOverflow(objective: Objective) throws {
        let profile = Profile(hoursPerWeek: Limits.hoursPerWeek.lowerBound, objective: objective,
                              hourValue: Limits.hourValue.upperBound, budget: Limits.budget.upperBound)
        let plan = try Planner(catalog: Self.planCatalog).plan(PlanRequest(role: "r", profile: profile, today: CalendarDate(year: 2026, month: 1, day: 1)))
        #expect(plan.feasible && plan.totals.price == 20_000_000 && plan.totals.weeks == 2_000_000)
        #expect(plan.steps.last?.endDate.year == 40_356)
        // It writes and reads back, five-digit years included.
        let saved = SavedPlan(name: "p", plan: plan, profile: profile, includeRecommended: false, catalog: Self.planCatalog)
        let back = try SavedPlan.decode(JSONSource(name: "p.json", bytes: Array(saved.output().rendered().utf8)))
        #expect(back.plan.steps == plan.steps)
        #expect(PlanText(plan: plan, catalog: Self.planCatalog).render().contains("$20,000,000"))
    }

    @Test(arguments: [
        (Profile(hoursPerWeek: 5e-324), 10.0, "hoursPerWeek: 5e-324 is out of range (from 0.1 to 168)"),
        (Profile(hoursPerWeek: 1e-17), 10.0, "hoursPerWeek: 1e-17 is out of range (from 0.1 to 168)"),
        (Profile(budget: 1e17), 10.0, "budget: 1e17 is out of range (from 0 to 10000000000)"),
        (Profile(), 1e11, "time limit: 1e11 s is out of range (from 0.001 to 86400)"),
        (Profile(), 18_446_744_073, "time limit: 18446744073 s is out of range (from 0.001 to 86400)"),
    ])
    func outOfRangeRequestsAreRefused(profile: Profile, timeLimit: Double, message: String) {
        #expect(throws: PlanningError.invalidValue(message)) {
            try Planner(catalog: Self.planCatalog).plan(PlanRequest(role: "r", profile: profile, timeLimit: timeLimit))
        }
    }

    @Test func aCatalogBuiltInCodeWithHugeFiguresIsRefusedNotTrapped() {
        let catalog = Self.planCatalog
        var credentials = catalog.credentials
        credentials[0].hours = 5e14
        let planner = Planner(catalog: Catalog(info: catalog.info, skills: catalog.skills, providers: catalog.providers,
                                               roles: catalog.roles, credentials: credentials))
        #expect(throws: PlanningError.invalidValue("a: hours: 5e14 is out of range (from 0 to 100000)")) {
            try planner.plan(PlanRequest(role: "r", profile: Profile(objective: .balanced)))
        }
    }

    // MARK: Saved plans, dates, formatting

    @Test func aSavedPlanWithAHugePriceIsCorruptNotACrash() throws {
        let profile = Profile()
        let plan = try Planner(catalog: Self.planCatalog).plan(PlanRequest(role: "r", profile: profile))
        let text = SavedPlan(name: "p", plan: plan, profile: profile, includeRecommended: false, catalog: Self.planCatalog)
            .output().rendered().replacingOccurrences(of: "\"price\": 10000000.0,", with: "\"price\": 1e300,")
        #expect(text.contains("1e300"))
        do {
            _ = try SavedPlan.decode(JSONSource(name: "plans/p.json", bytes: Array(text.utf8)))
            Issue.record("a price of 1e300 was accepted")
        } catch {
            #expect(error.description.contains("1e300 is out of range (at most 10000000)"))
        }
    }

    @Test func datesAreDigitsOnly() {
        #expect(CalendarDate("+202-01-01") == nil)
        #expect(CalendarDate("0202-01-01") == CalendarDate(year: 202, month: 1, day: 1))
        #expect(CalendarDate("40358-01-01") == CalendarDate(year: 40_358, month: 1, day: 1))
        #expect(CalendarDate("9223372036854775807-01-01") == nil)
        #expect(CalendarDate("２０２６-01-01") == nil)
    }

    @Test func formattingIsTotal() {
        #expect(Quantity.money(1e17) == "$1e17")
        #expect(Quantity.money(1e300, currency: "EUR") == "€1e300")
        #expect(Quantity.money(1_999.01) == "$1,999.01")
        #expect(Quantity.number(1e300) == "1e+300")
        #expect(Quantity.hours(.greatestFiniteMagnitude).hasSuffix(" h"))
        #expect(Planner.date(CalendarDate(year: 2026, month: 1, day: 1), week: .infinity).year > 2026)
        _ = Deadline(seconds: 1e300)
        _ = Deadline(seconds: .nan)
    }
}
