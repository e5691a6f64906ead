import Foundation
import Testing
@testable import SkillpathCore

/// `BatchPlanner`: lines planned concurrently, answered in input order, bad lines answered with errors.
@Suite struct BatchPlannerTests {
    /// Collects answers as `write` receives them.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var answers: [BatchAnswer] = []
        func add(_ answer: BatchAnswer) { lock.withLock { answers.append(answer) } }
    }

    static func run(_ lines: [String], workers: Int = 4) -> (BatchPlanner.Summary, [BatchAnswer]) {
        let planner = BatchPlanner(catalog: RoleRankingTests.catalog(), sourceName: "cohort.jsonl", today: RoleRankingTests.start)
        var iterator = lines.makeIterator()
        let collector = Collector()
        let summary = planner.run(workers: workers, next: { iterator.next().map { Array($0.utf8) } }, write: collector.add)
        return (summary, collector.answers)
    }

    @Test func answersComeInInputOrderAndEqualPlanningAlone() throws {
        let roles = ["zeta-analyst", "alpha-dev", "beta-sql", "cloud"]
        let lines = (0..<200).map { i in #"{"role": "\#(roles[i % 4])", "hoursPerWeek": \#(1 + i % 20)}"# }
        let (summary, answers) = Self.run(lines)
        #expect(answers.map(\.line) == Array(1...200))
        #expect(summary == BatchPlanner.Summary(lines: 200, planned: 150, infeasible: 50, failed: 0))
        let planner = Planner(catalog: RoleRankingTests.catalog())
        for (i, answer) in answers.enumerated() where i % 13 == 0 {
            guard case .planned(let plan) = answer.outcome else { Issue.record("line \(i + 1) failed"); continue }
            var profile = Profile(hoursPerWeek: Double(1 + i % 20))
            profile.startDate = nil
            #expect(plan == (try planner.plan(PlanRequest(role: roles[i % 4], profile: profile, today: RoleRankingTests.start))))
            #expect(answer.jsonLine == PlanJSON.output(plan).rendered(pretty: false))
        }
    }

    @Test func badLinesAreAnsweredAndCounted() {
        let (summary, answers) = Self.run(["{\"role\": \"beta-sql\"}", "", "{\"role\": 3}", "{\"role\": \"beta-sql\", \"earned\": [\"sql-9\"]}"], workers: 1)
        #expect(summary == BatchPlanner.Summary(lines: 4, planned: 1, infeasible: 0, failed: 3))
        #expect(answers.map(\.failed) == [false, true, true, true])
        guard case .failed(let message) = answers[3].outcome else { Issue.record("line 4 planned"); return }
        #expect(message.hasPrefix("cohort.jsonl:4:") && message.contains("sql-9"))
        #expect(answers[2].jsonLine.hasPrefix(#"{"line":3,"error":"cohort.jsonl:3:10: role: "#))
    }

    /// However slow the first result, no more than the window waits: later work is not started.
    @Test func theReorderWindowBoundsWhatWaits() {
        let written = Locked<[Int]>([])
        let buffer = ReorderBuffer<Int>(window: 3) { value in written.withLock { $0.append(value) } }
        let started = Locked(0)
        let producer = Thread {
            for i in 0..<10 {
                buffer.waitForRoom(before: i)
                started.withLock { $0 = i + 1 }
                if i > 0 { buffer.put(i, at: i) }
            }
        }
        producer.start()
        Thread.sleep(forTimeInterval: 0.2)
        // Index 0 has not finished: indices 0, 1, 2 may be in flight, 3 must wait.
        #expect(started.withLock { $0 } == 3)
        #expect(written.withLock { $0 }.isEmpty)
        buffer.put(0, at: 0)
        while started.withLock({ $0 }) < 10 || buffer.count < 10 { Thread.sleep(forTimeInterval: 0.01) }
        #expect(written.withLock { $0 } == Array(0..<10))
    }
}
