import Foundation
import Testing

/// `skillpath plan --format json` reaches every expectation of the small planner-case set kept in
/// the repository (`Tests/Fixtures/planner-cases/small`): feasibility, the optimal value, and the
/// tiebreak read from the totals.
@Suite struct PlannerCasesTests {
    static let root = CLIRunner.repositoryRoot + "/Tests/Fixtures/planner-cases"

    @Test(arguments: ["small"])
    func casesMatch(set: String) throws {
        let directory = Self.root + "/" + set
        guard let data = FileManager.default.contents(atPath: directory + "/cases.json") else {
            Issue.record("no planner cases at \(directory); restore Tests/Fixtures/planner-cases from git")
            return
        }
        let cases = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let cli = CLIRunner()
        for (i, item) in cases.enumerated() {
            let role = try #require(item["role"] as? String)
            let profile = try JSONSerialization.data(withJSONObject: item["profile"] ?? [:])
            let file = CLIRunner.file(String(decoding: profile, as: UTF8.self))
            let expect = try #require(item["expect"] as? [String: Any])
            let result = try cli.run(["plan", "--catalog", directory + "/catalog", "--role", role, "--profile", file, "--format", "json"])
            let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "case \(i): \(result.stderr)")
            let feasible = expect["feasible"] as? Bool ?? false
            #expect(plan["feasible"] as? Bool == feasible, "case \(i)")
            #expect(result.status == (feasible ? 0 : 3), "case \(i)")
            guard feasible, let value = expect["value"] as? Double, let tiebreak = expect["tiebreak"] as? Double else { continue }
            let objective = plan["objective"] as? [String: Any]
            let totals = plan["totals"] as? [String: Any]
            #expect(abs((objective?["value"] as? Double ?? .nan) - value) < 1e-6, "case \(i)")
            let second: Double? = switch objective?["kind"] as? String {
            case "cost": totals?["hours"] as? Double
            case "time": totals?["price"] as? Double
            default: 0
            }
            #expect(abs((second ?? .nan) - tiebreak) < 1e-6, "case \(i)")
        }
    }
}
