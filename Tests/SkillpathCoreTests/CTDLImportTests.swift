import CatalogGenerator
import Foundation
import Testing
@testable import SkillpathCore

/// `CTDLImport`: every mapping rule of INTEROP.md, "Registries: CTDL", on the fixtures in
/// `Tests/Fixtures/ctdl` (a programme of three courses, an aggregate-cost programme, a degree that
/// requires a programme, organisations, a free-text condition, a language map, a dangling reference).
@Suite struct CTDLImportTests {
    static let fixtures = PlannerCasesTests.repositoryRoot + "/Tests/Fixtures/ctdl"

    static func importFixtures() throws -> CTDLImport.Result {
        CTDLImport.convert(try CTDLImport.documents(at: [fixtures]))
    }

    static func credential(_ result: CTDLImport.Result, ctid suffix: String) throws -> Credential {
        try #require(result.catalog.credentials.first { $0.ctid?.hasSuffix(suffix) == true })
    }

    @Test func classesBecomeCredentialsWithTheirType() throws {
        let result = try Self.importFixtures()
        #expect(try Self.credential(result, ctid: "0010").type == .program, "LearningProgram")
        #expect(try Self.credential(result, ctid: "0011").type == .course, "Course")
        #expect(try Self.credential(result, ctid: "0020").type == .program, "BachelorDegree")
        #expect(try Self.credential(result, ctid: "0033").type == .certification, "Certification")
        #expect(result.catalog.credentials.count == 9)
        #expect(result.records == 12)
        #expect(result.skippedClasses == ["AssessmentProfile": 1])
    }

    @Test func ctidURLAndEnglishTitleAreKept() throws {
        let result = try Self.importFixtures()
        let program = try Self.credential(result, ctid: "0010")
        #expect(program.ctid == "ce-1f000000-0000-4000-8000-000000000010")
        #expect(program.title == "Data Analytics Program")
        #expect(program.url == "https://northwind.example.edu/data-analytics")
        #expect(program.summary?.hasPrefix("Three courses from data to charts.") == true)
        #expect(program.id == "data-analytics-program")
    }

    @Test func organisationsBecomeProvidersAndIssuers() throws {
        let result = try Self.importFixtures()
        let providers = Dictionary(uniqueKeysWithValues: result.catalog.providers.map { ($0.name, $0) })
        let northwind = try #require(providers["Northwind University"])
        let learnwell = try #require(providers["Learnwell Online"])
        #expect(northwind.id == "northwind-university" && northwind.kind == .university && northwind.url == "https://northwind.example.edu")
        #expect(learnwell.kind == .employer)
        let program = try Self.credential(result, ctid: "0010")
        #expect(program.provider == learnwell.id && program.issuer == northwind.id)
        #expect(try Self.credential(result, ctid: "0011").provider == northwind.id)
        #expect(result.catalog.providers.count == 2)
    }

    @Test func hasPartAndRequiresBecomeTheStack() throws {
        let result = try Self.importFixtures()
        let ids = Dictionary(uniqueKeysWithValues: result.catalog.credentials.map { ($0.ctid!.suffix(4), $0.id) })
        let program = try Self.credential(result, ctid: "0010")
        #expect(program.stack?.of == [ids["0011"]!, ids["0012"]!, ids["0013"]!])
        #expect(program.requires.isEmpty)
        let degree = try Self.credential(result, ctid: "0020")
        #expect(degree.stack?.of == [ids["0010"]!], "requires says what earns it: a stack, not a prerequisite")
        #expect(degree.requires.isEmpty)
    }

    @Test func entryConditionsBecomePrerequisites() throws {
        let result = try Self.importFixtures()
        let ids = Dictionary(uniqueKeysWithValues: result.catalog.credentials.map { ($0.ctid!.suffix(4), $0.id) })
        #expect(try Self.credential(result, ctid: "0011").requires.isEmpty)
        #expect(try Self.credential(result, ctid: "0012").requires == [.credential(ids["0011"]!)])
        #expect(try Self.credential(result, ctid: "0013").requires == [.allOf([.credential(ids["0011"]!), .credential(ids["0012"]!)])])
        #expect(try Self.credential(result, ctid: "0033").requires == [.anyOf([.credential(ids["0031"]!), .credential(ids["0032"]!)])])
    }

    @Test func recommendsAndFreeTextStayInTheSummary() throws {
        let result = try Self.importFixtures()
        let degree = try Self.credential(result, ctid: "0020")
        let summary = try #require(degree.summary)
        #expect(summary.contains("Recommended: Cloud Essentials"))
        #expect(summary.contains("Requires: A high-school diploma or its equivalent."))
        #expect(!degree.requires.flatMap(\.credentialIDs).contains { $0.hasPrefix("cloud") })
        #expect(result.textConditions == 1)
        let warning = try #require(result.warnings.first { $0.message.contains("without targets") })
        #expect(warning.file.hasSuffix("degree.json") && warning.line == 12 && warning.path == "ceterms:requires[1]")
        #expect(warning.subject == degree.id)
    }

    @Test func referencesOutsideTheInputAreDroppedWithAWarning() throws {
        let result = try Self.importFixtures()
        #expect(result.droppedReferences == 1)
        let warning = try #require(result.warnings.first { $0.message.contains("not in the input") })
        #expect(warning.message.contains("ce-00000000-dead-4bee-8000-000000000000"))
        #expect(warning.file.hasSuffix("degree.json") && warning.line == 17 && warning.path == "ceterms:hasPart[0]")
    }

    @Test func aggregateCostProgrammesHaveNoPriceOfTheirOwn() throws {
        let result = try Self.importFixtures()
        #expect(try Self.credential(result, ctid: "0010").price == 0, "cost type AggregateCost")
        #expect(try Self.credential(result, ctid: "0030").price == 0, "250 is the sum of its parts' 100 + 150")
        #expect(try Self.credential(result, ctid: "0011").price == 300)
        #expect(try Self.credential(result, ctid: "0013").price == 300, "a price given as a string")
        #expect(try Self.credential(result, ctid: "0020").price == 40000, "a degree's own fee is not its parts'")
        #expect(result.catalog.info.currency == "USD")
    }

    @Test func durationsBecomeHoursOrWeeks() throws {
        let result = try Self.importFixtures()
        let foundations = try Self.credential(result, ctid: "0011")
        #expect(foundations.hours == 40 && foundations.weeks == nil)
        #expect(try Self.credential(result, ctid: "0013").hours == 30, "maximumDuration when there is no exactDuration")
        let wrangling = try Self.credential(result, ctid: "0012")
        #expect(wrangling.weeks == 6 && wrangling.hours == 6 * CTDLImport.hoursPerWeek)
        #expect(result.warnings.contains { $0.subject == wrangling.id && $0.message.contains("P6W states weeks") })
        let program = try Self.credential(result, ctid: "0010")
        #expect(program.weeks == 13.04 && program.hours == 0, "a programme's length in months is its parts' time")
        #expect(try Self.credential(result, ctid: "0030").hours == 0)
    }

    @Test func skillsComeFromTeaches() throws {
        let result = try Self.importFixtures()
        let sql = try #require(result.catalog.skills.first { $0.name == "SQL" })
        #expect(sql.id == "sql" && sql.category == "Data Skills")
        #expect(try Self.credential(result, ctid: "0011").skills == [SkillLevel(skill: "sql", level: CTDLImport.taughtLevel)])
        #expect(try Self.credential(result, ctid: "0013").skills.map(\.skill) == ["data-visualisation"])
        #expect(try Self.credential(result, ctid: "0033").skills.isEmpty)
        #expect(result.catalog.skills.count == 3)
    }

    @Test func idsAreValidAndUnique() throws {
        let result = try Self.importFixtures()
        let ids = result.catalog.credentials.map(\.id)
        #expect(ids.allSatisfy(Identifier.isValid) && Set(ids).count == ids.count)
        #expect(ids.contains("cloud-basics") && ids.contains("cloud-basics-3d000000"), "a second record of the same name takes its CTID's start")
        #expect(CTDLConverter.slug("Análisis de Datos: Nivel 2!") == "analisis-de-datos-nivel-2")
        #expect(CTDLConverter.slug("¿?") == nil)
    }

    @Test func theCatalogPassesTheLoader() throws {
        let result = try Self.importFixtures()
        let directory = NSTemporaryDirectory() + "ctdl-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try CatalogWriter.install(result.catalog, at: directory, replace: false)
        let report = CatalogLoader.check(directory: directory)
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.catalog?.credentials.map(\.ctid) == result.catalog.credentials.map(\.ctid))
    }

    @Test func aDocumentThatIsNotJSONIsAnErrorWithItsPlace() {
        let bad = CTDLImport.Document(name: "bad.json", bytes: Array("{\n  \"@type\": \"ceterms:Course\",\n  oops\n}".utf8))
        let result = CTDLImport.convert([bad])
        #expect(result.errors.count == 1 && result.errors[0].file == "bad.json" && result.errors[0].line == 3)
        #expect(result.catalog.credentials.isEmpty)
    }

    @Test func noOrganisationMeansTheUnknownProvider() {
        let record = CTDLImport.Document(name: "one.json", bytes: Array(#"{"@type": "ceterms:DigitalBadge", "ceterms:name": "Badge"}"#.utf8))
        let result = CTDLImport.convert([record])
        #expect(result.catalog.credentials.first?.type == .badge)
        #expect(result.catalog.credentials.first?.provider == CTDLImport.unknownProvider.id)
        #expect(result.catalog.providers == [CTDLImport.unknownProvider])
        #expect(result.warnings.map(\.message) == ["no ceterms:offeredBy or ceterms:ownedBy organisation in the input; provider set to unknown-provider",
                                                   "no ceterms:estimatedDuration; hours set to 0"])
    }

    @Test func aRecordGivenTwiceIsImportedOnce() throws {
        let record = #"{"@id": "https://r.example/ce-aa", "@type": "ceterms:Course", "ceterms:ctid": "ce-aa", "ceterms:name": "Once"}"#
        let again = #"{"@id": "https://mirror.example/ce-aa", "@type": "ceterms:Course", "ceterms:ctid": "CE-AA", "ceterms:name": "Twice"}"#
        let result = CTDLImport.convert([CTDLImport.Document(name: "a.json", bytes: Array(record.utf8)),
                                         CTDLImport.Document(name: "b.json", bytes: Array(again.utf8))])
        #expect(result.catalog.credentials.map(\.title) == ["Once"])
        let warning = try #require(result.warnings.first { $0.file == "b.json" })
        #expect(warning.message == "a second record with CTID ce-aa; the first one is kept" && warning.line == 1)
    }

    @Test func isoDurations() {
        #expect(ISODuration("PT40H")?.statesHours == true && ISODuration("PT40H")?.totalHours == 40)
        #expect(ISODuration("PT1H30M")?.totalHours == 1.5)
        #expect(ISODuration("P6W")?.totalWeeks == 6 && ISODuration("P6W")?.statesHours == false)
        #expect(abs(ISODuration("P3M")!.totalWeeks - 13.04) < 0.01)
        #expect(abs(ISODuration("P1Y")!.totalWeeks - 52.18) < 0.01)
        #expect(abs(ISODuration("P2DT12H")!.totalWeeks - 2.5 / 7) < 1e-12)
        #expect(ISODuration("P0,5D")?.days == 0.5)
        for bad in ["", "P", "PT", "40H", "P-1D", "PT1D", "P1H", "P1DT", "PxD", "P1.2.3D"] { #expect(ISODuration(bad) == nil, "\(bad)") }
    }

    /// The figure: 5,000 records import in under 2 s in a release build (measured by hand; see
    /// docs/CATALOG.md). Debug builds are several times slower, so the bound here is loose.
    @Test func fiveThousandRecords() throws {
        let document = CTDLImport.Document(name: "big.json", bytes: Array(CTDLRecords.graph(records: 5_000).utf8))
        let clock = ContinuousClock()
        var result: CTDLImport.Result?
        let elapsed = clock.measure { result = CTDLImport.convert([document]) }
        #expect(result?.catalog.credentials.count == 5_000)
        #expect(result?.warnings.isEmpty == true, "\(result?.warnings.prefix(3) ?? [])")
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
