import Foundation
import Testing
@testable import SkillpathCore

/// The catalog the project ships (`Catalog/`): it loads cleanly, is as broad as issue 3 asks, every
/// role can be planned from scratch under every objective, the plans read as sensible advice, and
/// the two example profiles in `Examples/profiles/` tell the stories that motivated the project.
@Suite struct ShippedCatalogTests {
    /// The package root, found from this file's path (`Tests/SkillpathCoreTests/<this file>`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let catalogDirectory = packageRoot + "/Catalog"
    static let profilesDirectory = packageRoot + "/Examples/profiles"

    /// A fixed "today" so that schedules do not depend on the day the tests run.
    static let today = CalendarDate(year: 2026, month: 12, day: 1)

    /// The keys of a role in `Catalog/roles.json` that the model does not keep.
    struct RawRole: Sendable {
        var id: String
        var onetTitle: String?
        var level: String?
    }

    /// The roles of `Catalog/roles.json`, read directly. Empty when the file cannot be read;
    /// `loadsWithoutErrorsOrWarnings` then fails.
    static let rawRoles: [RawRole] = {
        guard let data = FileManager.default.contents(atPath: catalogDirectory + "/roles.json"),
              let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return list.compactMap { object in
            (object["id"] as? String).map { RawRole(id: $0, onetTitle: object["onetTitle"] as? String, level: object["level"] as? String) }
        }
    }()

    static let roleIDs: [String] = rawRoles.map(\.id)

    /// Role ids graded `level` in roles.json (`entry`, `mid`, `senior`).
    static func roles(atLevel level: String) -> [String] {
        rawRoles.filter { $0.level == level }.map(\.id)
    }

    static func catalog() throws -> Catalog {
        try CatalogLoader.load(directory: catalogDirectory)
    }

    /// Seconds the planner may search. Wall-clock time, so generous: the assertions below are about
    /// optimal plans, and a busy machine must not turn them into "best found so far".
    static let timeLimit = 600.0

    /// Plans `role` for `profile` and requires the plan to be feasible and proven optimal.
    static func feasiblePlan(_ role: String, profile: Profile = Profile(), in catalog: Catalog,
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> Plan {
        let request = PlanRequest(role: role, profile: profile, today: today, timeLimit: timeLimit)
        let plan = try Planner(catalog: catalog).plan(request)
        try #require(plan.feasible, "no plan for \(role): \(plan.unmet.map { "\($0.condition): \($0.reason)" })",
                     sourceLocation: sourceLocation)
        #expect(plan.optimal, "the search stopped before proving \(describe(plan)) optimal", sourceLocation: sourceLocation)
        return plan
    }

    /// One line per step, for failure messages and for reading plans in the test log.
    static func describe(_ plan: Plan) -> String {
        let steps = plan.steps.map { "\($0.credential)\($0.milestone ? "*" : "") $\(Int($0.price)) \(Int($0.hours))h" }
        return "\(plan.role) [\(plan.objective.rawValue)] $\(Int(plan.totals.price)) \(Int(plan.totals.hours))h: "
            + steps.joined(separator: ", ")
    }

    // MARK: - Loading and breadth

    @Test func loadsWithoutErrorsOrWarnings() throws {
        let report = CatalogLoader.check(directory: Self.catalogDirectory)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.description).joined(separator: "\n"))")
        #expect(report.warnings.isEmpty, "\(report.warnings.map(\.description).joined(separator: "\n"))")
        #expect(report.catalog != nil)
    }

    @Test func isAsBroadAsTheIssueAsks() throws {
        let catalog = try Self.catalog()
        // Issue 13 asks for at least 520 credentials, 90 providers, 240 skills and 55 roles.
        #expect(catalog.credentials.count >= 520)
        #expect(catalog.skills.count >= 240)
        #expect(catalog.providers.count >= 90)
        #expect(Set(catalog.skills.map(\.category)).count >= 12)
        #expect(catalog.roles.count >= 55)

        // Providers that actually offer or award something, of every main kind.
        var offering = Set<String>()
        for credential in catalog.credentials {
            offering.insert(credential.provider)
            if let issuer = credential.issuer { offering.insert(issuer) }
        }
        #expect(offering.count >= 40)
        let kinds = Set(offering.compactMap { catalog.provider($0)?.kind.rawValue })
        for kind in ["university", "platform", "industry", "employer"] {
            #expect(kinds.contains(kind), "no \(kind) provider offers a credential")
        }

        // The providers learners name first each have several credentials.
        let named = ["coursera", "edx", "linkedin-learning", "google", "ibm", "microsoft", "aws", "comptia", "pmi",
                     "scrum-org", "isc2", "isaca", "cisco", "salesforce", "hubspot", "meta", "udacity", "ahima", "himss"]
        for provider in named {
            let count = catalog.credentials.filter { $0.provider == provider || $0.issuer == provider }.count
            #expect(count >= 2, "\(provider) has \(count) credentials")
        }
    }

    /// The six areas of the seed: how many credentials teach one of the area's skills, and how many
    /// roles need two or more of them. Issue 13 asks for at least 40 credentials and 4 roles in each.
    @Test(arguments: [("AI & Machine Learning", 40, 4), ("Cloud", 40, 4), ("Project Management", 40, 4),
                      ("Leadership & Communication", 40, 4), ("Marketing", 40, 4), ("Healthcare", 40, 4)])
    func sixAreasHoldTheirFloors(area: String, credentials: Int, roles: Int) throws {
        let catalog = try Self.catalog()
        let inArea = Set(catalog.skills.filter { $0.category == area }.map(\.id))
        #expect(!inArea.isEmpty, "no skill in category \(area)")
        let teaching = catalog.credentials.filter { credential in credential.skills.contains { inArea.contains($0.skill) } }
        #expect(teaching.count >= credentials, "\(area): \(teaching.count) credentials")
        func skills(_ condition: Condition) -> [String] {
            switch condition {
            case .credential: return []
            case .skill(let id, _): return [id]
            case .anyOf(let parts), .allOf(let parts): return parts.flatMap(skills)
            }
        }
        let needing = catalog.roles.filter { role in Set(role.requires.flatMap(skills)).intersection(inArea).count >= 2 }
        #expect(needing.count >= roles, "\(area): \(needing.map(\.id))")
    }

    @Test func everyCredentialHasAnHTTPSURLAndSaneFigures() throws {
        let catalog = try Self.catalog()
        for credential in catalog.credentials {
            #expect(credential.url?.hasPrefix("https://") == true, "\(credential.id) has no https URL")
            #expect(credential.hours <= 400, "\(credential.id): \(credential.hours) hours")
            #expect(credential.price <= 6000, "\(credential.id): $\(credential.price)")
            if credential.stack == nil {
                #expect(credential.hours > 0, "\(credential.id) takes no time")
                #expect(!credential.skills.isEmpty, "\(credential.id) grants no skill")
            }
        }
    }

    /// Stacks are what they claim: a program's parts exist, grant no more than the program, and
    /// the program's own price and hours are those of a capstone at most.
    @Test func programsStackTheirRealParts() throws {
        let catalog = try Self.catalog()
        for program in catalog.credentials where program.stack != nil {
            let parts = program.stack!.of.compactMap { catalog.credential($0) }
            #expect(parts.count == program.stack!.of.count, "\(program.id) names unknown parts")
            #expect(parts.count >= 2, "\(program.id) stacks fewer than two credentials")
            for part in parts {
                for granted in part.skills {
                    let programLevel = program.grantedLevel(granted.skill)
                    #expect(programLevel == 0 || programLevel >= granted.level,
                            "\(part.id) grants \(granted.skill) \(granted.level) above its program \(program.id)")
                }
            }
        }
    }

    @Test func rolesCarryONetCodesAndTitles() throws {
        let catalog = try Self.catalog()
        let code = /^\d\d-\d{4}\.\d\d$/
        for role in catalog.roles {
            let onet = try #require(role.onet, "\(role.id) has no O*NET code")
            #expect(onet.wholeMatch(of: code) != nil, "\(role.id): \(onet)")
            #expect(!(role.requires.isEmpty), "\(role.id) requires nothing")
            #expect((3...8).contains(role.requires.count), "\(role.id) has \(role.requires.count) conditions")
        }
        #expect(Self.rawRoles.count == catalog.roles.count)
        for raw in Self.rawRoles {
            #expect(raw.onetTitle?.isEmpty == false, "\(raw.id) has no onetTitle")
            #expect(["entry", "mid", "senior"].contains(raw.level ?? ""), "\(raw.id) has no level")
        }
    }

    /// Every role condition can be met by some credential (no role depends on what a learner
    /// already knows), and levels above 4 are rare in role requirements.
    @Test func roleRequirementsAreGrantedByCredentials() throws {
        let catalog = try Self.catalog()
        var best: [String: Int] = [:]
        for credential in catalog.credentials {
            for granted in credential.skills { best[granted.skill] = max(best[granted.skill] ?? 0, granted.level) }
        }
        for role in catalog.roles {
            for condition in role.requires {
                #expect(condition.holds(hasCredential: { catalog.credential($0) != nil }, level: { best[$0] ?? 0 }),
                        "\(role.id): nothing grants \(condition)")
            }
        }
    }

    // MARK: - Currency and lint

    /// Every retired credential names a successor that is in the catalog and not retired itself,
    /// and no current credential still requires a retired one.
    @Test func retiredCredentialsHaveCurrentSuccessors() throws {
        let catalog = try Self.catalog()
        let retired = catalog.credentials.filter { $0.isRetired(by: Self.today) }
        #expect(retired.count >= 4, "the 2026 Microsoft retirements are recorded")
        for credential in retired {
            let successor = try #require(credential.successor, "\(credential.id) \(credential.retirementReason)")
            let next = try #require(catalog.credential(successor), "\(credential.id): successor \(successor) is not in the catalog")
            #expect(!next.isRetired(by: Self.today), "\(credential.id): successor \(successor) is retired too")
        }
        let retiredIDs = Set(retired.map(\.id))
        for credential in catalog.credentials where !retiredIDs.contains(credential.id) {
            for condition in credential.requires {
                for id in condition.credentialIDs where retiredIDs.contains(id) {
                    Issue.record("\(credential.id) requires the retired \(id)")
                }
            }
        }
    }

    /// No role's plan from an empty profile recommends a credential that can no longer be earned.
    @Test(arguments: ShippedCatalogTests.roleIDs)
    func noRetiredCredentialIsPlanned(role: String) throws {
        let catalog = try Self.catalog()
        let plan = try Self.feasiblePlan(role, in: catalog)
        for step in plan.steps {
            let credential = try #require(catalog.credential(step.credential))
            #expect(!credential.isRetired(by: Self.today), "\(step.credential) \(credential.retirementReason): \(Self.describe(plan))")
        }
    }

    /// The lint finds exactly the hits SOURCES.md justifies ("Lint findings we keep").
    @Test func lintFindsOnlyTheJustifiedHits() throws {
        var found: [CatalogLint.Rule: Set<String>] = [:]
        let report = CatalogLint.check(directory: Self.catalogDirectory)
        #expect(report.load.errors.isEmpty)
        for finding in report.findings { found[finding.rule, default: []].insert(finding.credential) }
        #expect(found[.foundationalLevelTooShort] ?? [] == [])
        #expect(found[.advancedLevelTooShort] ?? [] == [])
        #expect(found[.expertLevelWithoutExam] ?? [] == [])
        #expect(found[.subscriptionPrice] ?? [] == [])
        #expect(found[.sharedURL] ?? [] == Self.sharedLandingPages, "\((found[.sharedURL] ?? []).sorted())")
    }

    /// Credentials that still share a landing page with two or more others, as SOURCES.md §6.5 lists and
    /// justifies them: no deep link could be confirmed. 20 at most (issue 13); the list may only shrink.
    static let sharedLandingPages: Set<String> = [
        // https://certification.adobe.com/
        "adobe-acp-illustrator", "adobe-acp-indesign", "adobe-acp-dreamweaver",
        // https://skillshop.withgoogle.com/
        "google-ads-video-cert", "google-ads-measurement-cert", "google-shopping-ads-cert", "google-ads-apps-cert", "google-ai-performance-ads-cert",
        // https://www.coursera.org/professional-certificates/google-digital-marketing-ecommerce
        "gdm-social-media", "gdm-ecommerce", "gdm-loyalty", "google-digital-marketing-ecommerce",
        // https://www.edx.org/masters/micromasters/ritx-cybersecurity
        "ritx-computer-forensics", "ritx-network-security", "ritx-risk-management", "ritx-cybersecurity-capstone", "ritx-micromasters-cybersecurity",
    ]

    // MARK: - Every role, every objective

    @Test(arguments: ShippedCatalogTests.roleIDs, Objective.allCases)
    func everyRoleHasAPlanFromScratch(role: String, objective: Objective) throws {
        let catalog = try Self.catalog()
        var profile = Profile()
        profile.objective = objective
        let plan = try Self.feasiblePlan(role, profile: profile, in: catalog)
        print(Self.describe(plan))
        #expect(!plan.steps.isEmpty)
        #expect(plan.unmet.isEmpty)
        let ids = plan.steps.filter { !$0.milestone }.map(\.credential)
        #expect(Set(ids).count == ids.count, "a credential is planned twice: \(Self.describe(plan))")
    }

    /// An entry-level role is reached in at most a few months of part-time study when time counts.
    @Test(arguments: ShippedCatalogTests.roles(atLevel: "entry"), [Objective.balanced, .time])
    func entryLevelRolesDoNotNeedHundredsOfHours(role: String, objective: Objective) throws {
        let catalog = try Self.catalog()
        var profile = Profile()
        profile.objective = objective
        let plan = try Self.feasiblePlan(role, profile: profile, in: catalog)
        #expect(plan.totals.hours <= 250, "\(Self.describe(plan))")
        if objective == .balanced {
            #expect(plan.totals.price <= 1000, "\(Self.describe(plan))")
        }
    }

    /// A senior role is never one free badge away, under any objective.
    @Test(arguments: ShippedCatalogTests.roles(atLevel: "senior"), Objective.allCases)
    func seniorRolesAreNotOneFreeBadgeAway(role: String, objective: Objective) throws {
        let catalog = try Self.catalog()
        var profile = Profile()
        profile.objective = objective
        let plan = try Self.feasiblePlan(role, profile: profile, in: catalog)
        let steps = plan.steps.filter { !$0.milestone }
        #expect(steps.count >= 2, "\(Self.describe(plan))")
        #expect(plan.totals.price > 0, "\(Self.describe(plan))")
        #expect(plan.totals.hours >= 100, "\(Self.describe(plan))")
        let exams = steps.compactMap { catalog.credential($0.credential) }.filter { $0.type == .certification }
        #expect(!exams.isEmpty, "no certification in \(Self.describe(plan))")
    }

    // MARK: - The two stories

    /// A content strategist reaches a digital analytics role, at the lowest cost, through Google's
    /// analytics credentials in about three months at ten hours a week.
    @Test func contentStrategistGoesThroughGoogleAnalyticsCredentials() throws {
        let catalog = try Self.catalog()
        let (profile, warnings) = try ProfileDecoding.load(file: Self.profilesDirectory + "/content-strategist.json", catalog: catalog)
        #expect(warnings.isEmpty)
        #expect(profile.objective == .cost)
        #expect(profile.hoursPerWeek == 10)
        let role = try #require(profile.targetRole)
        #expect(role == "digital-analytics-specialist")

        let plan = try Self.feasiblePlan(role, profile: profile, in: catalog)
        print(Self.describe(plan))
        let ids = plan.steps.map(\.credential)
        #expect(ids.contains("google-analytics-cert"), "\(Self.describe(plan))")
        let googleDataCourses = ids.filter { $0.hasPrefix("gda-") || $0.hasPrefix("gada-") }
        #expect(googleDataCourses.count >= 3, "\(Self.describe(plan))")
        let byGoogle = plan.steps.compactMap { catalog.credential($0.credential) }
            .filter { $0.provider == "google" || $0.issuer == "google" }
        #expect(byGoogle.count * 2 > plan.steps.count, "mostly Google credentials: \(Self.describe(plan))")

        // About three months at ten hours a week.
        #expect((9.0...17.0).contains(plan.totals.weeks), "\(plan.totals.weeks) weeks: \(Self.describe(plan))")
        let months = Double(plan.finishDate.daysSinceEpoch - plan.startDate.daysSinceEpoch) / 30.4
        #expect((2.0...4.0).contains(months), "\(months) months")
        #expect(plan.totals.price <= 300, "\(Self.describe(plan))")
    }

    /// A mechanical engineer with some Python reaches cloud solutions architect by combining an
    /// AWS certification with edX courses, in months rather than a year: the role asks for
    /// infrastructure as code and cloud security, not working-level Python (issue 13; the plan
    /// was 562 h when it did).
    @Test func mechanicalEngineerCombinesAWSWithEdXCourses() throws {
        let catalog = try Self.catalog()
        let (profile, warnings) = try ProfileDecoding.load(file: Self.profilesDirectory + "/mechanical-engineer.json", catalog: catalog)
        #expect(warnings.isEmpty)
        #expect(profile.skills["python"] == 2)
        let role = try #require(profile.targetRole)
        #expect(role == "cloud-solutions-architect")

        let plan = try Self.feasiblePlan(role, profile: profile, in: catalog)
        print(Self.describe(plan))
        let credentials = plan.steps.compactMap { catalog.credential($0.credential) }
        let awsCertifications = credentials.filter { $0.provider == "aws" && $0.type == .certification }
        #expect(!awsCertifications.isEmpty, "no AWS certification: \(Self.describe(plan))")

        let edx = credentials.filter { $0.provider == "edx" }
        #expect(edx.contains { course in ["cloud-fundamentals", "virtualization", "containers"].contains { course.grantedLevel($0) > 0 } },
                "no edX cloud course: \(Self.describe(plan))")
        #expect(credentials.contains { $0.grantedLevel("infrastructure-as-code") >= 2 }, "\(Self.describe(plan))")
        #expect(credentials.contains { credential in
                    ["security-fundamentals", "cloud-security"].contains { credential.grantedLevel($0) >= 2 } },
                "nothing teaches security: \(Self.describe(plan))")
        // The engineer's stated Python is used: no Python course at all.
        #expect(!credentials.contains { $0.grantedLevel("python") > 0 && $0.skills.count <= 2 }, "\(Self.describe(plan))")
        // Months, not a year, at the engineer's 8 hours a week.
        #expect(plan.totals.hours <= 300, "\(Self.describe(plan))")
    }

    /// Both example profiles are valid profile files for the shipped catalog.
    @Test(arguments: ["content-strategist.json", "mechanical-engineer.json"])
    func exampleProfilesLoad(file: String) throws {
        let catalog = try Self.catalog()
        let (profile, warnings) = try ProfileDecoding.load(file: Self.profilesDirectory + "/" + file, catalog: catalog)
        #expect(warnings.isEmpty)
        #expect(profile.targetRole.flatMap { catalog.role($0) } != nil)
    }
}
