import Foundation

/// Plans a cohort: one profile a line in, one plan a line out, in input order (`skillpath plan --batch`).
///
/// Each input line is a JSON object in the profile format with the key `role` (else `targetRole`)
/// naming the role to plan for. Lines are planned concurrently by a bounded pool; answers are
/// handed out in input order as soon as every earlier line is answered, so no more than a small
/// window of plans is ever held, whatever the input's length. A bad line gets a ``BatchAnswer``
/// with the error, and the lines after it still plan.
public struct BatchPlanner: Sendable {
    public let catalog: Catalog
    /// The input's name in messages (a file name, or `stdin`).
    public var sourceName: String
    public var includeRecommended: Bool
    /// The start date for a profile without one.
    public var today: CalendarDate
    /// Seconds each line's search may take.
    public var timeLimit: Double
    /// One planner for every line: the catalog's part of each planning problem is compiled once.
    private let planner: Planner

    public init(catalog: Catalog, sourceName: String, includeRecommended: Bool = false,
                today: CalendarDate = .today(), timeLimit: Double = 10) {
        self.catalog = catalog; self.sourceName = sourceName; self.includeRecommended = includeRecommended
        self.today = today; self.timeLimit = timeLimit
        planner = Planner(catalog: catalog)
    }

    /// Counts over a finished batch.
    public struct Summary: Sendable, Hashable {
        /// Lines read, blank ones included.
        public var lines = 0
        /// Lines planned with a valid plan.
        public var planned = 0
        /// Lines planned for which no valid plan exists.
        public var infeasible = 0
        /// Bad lines, answered with an error object.
        public var failed = 0
    }

    /// Plans every line `next` gives (its bytes, without the line break; nil at the end), handing
    /// each answer to `write` in input order, from whichever thread finished it (never two at once).
    ///
    /// Each worker takes the next line as soon as it is free, so a slow line holds up only its
    /// own worker; the window of answers waiting behind it is wide enough (``windowPerWorker``
    /// per worker) that the other workers go on meanwhile.
    ///
    /// - Parameter workers: lines planned at once.
    public func run(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                    next: () -> [UInt8]?, write: @escaping @Sendable (BatchAnswer) -> Void) -> Summary {
        let window = max(1, workers) * Self.windowPerWorker
        let summary = Locked(Summary())
        let buffer = ReorderBuffer<BatchAnswer>(window: window) { answer in
            summary.withLock { summary in
                switch answer.outcome {
                case .failed: summary.failed += 1
                case .planned(let plan) where plan.feasible: summary.planned += 1
                case .planned: summary.infeasible += 1
                }
            }
            write(answer)
        }
        let pool = DispatchSemaphore(value: max(1, workers))
        let queue = DispatchQueue(label: "skillpath.batch", attributes: .concurrent)
        let group = DispatchGroup()
        var lines = 0
        while let bytes = next() {
            lines += 1
            let number = lines
            buffer.waitForRoom(before: number - 1)
            pool.wait()
            group.enter()
            queue.async {
                let result = self.answer(bytes, line: number)
                pool.signal()
                buffer.put(result, at: number - 1)
                group.leave()
            }
        }
        group.wait()
        return summary.withLock { summary in
            summary.lines = lines
            return summary
        }
    }

    /// Answers that may wait to be written, per worker. A line with no valid plan takes several
    /// times as long as one with a plan; with a window this wide the other workers keep planning
    /// past it, and the answers held stay a few hundred at most.
    static let windowPerWorker = 64

    /// The answer to one line (its bytes without the line break; a final `\r` is ignored).
    public func answer(_ bytes: [UInt8], line: Int) -> BatchAnswer {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let place = "\(sourceName):\(line)"
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return BatchAnswer(line: line, outcome: .failed(
                "\(place): the line is empty; write one profile a line, e.g. {\"role\": \"data-analyst\", \"budget\": 500}"))
        }
        let reader = JSONReader(source: JSONSource(name: sourceName, bytes: bytes))
        func messages(_ severity: Diagnostic.Severity) -> [String] {
            reader.diagnostics.filter { $0.severity == severity }.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.line = line
                return diagnostic.description
            }
        }
        func failure(_ message: String? = nil) -> BatchAnswer {
            BatchAnswer(line: line, outcome: .failed(message ?? messages(.error).joined(separator: "; ")), warnings: messages(.warning))
        }
        guard let value = reader.parse() else { return failure() }
        guard case .object(let members) = value.kind else {
            reader.report(.error, at: value.offset, path: "", "expected a profile object with its role, e.g. {\"role\": \"data-analyst\"}, but found \(value.typeName)")
            return failure()
        }
        let roleKey = value["role"] != nil ? "role" : "targetRole"
        guard let roleID = reader.string(value, roleKey, path: "", required: false) else {
            if !reader.hasErrors {
                reader.report(.error, at: value.offset, path: "", "no role: add \"role\": \"ID\" (`skillpath roles` lists them)")
            }
            return failure()
        }
        // (An unknown `targetRole` is reported by the profile decoder below.)
        if roleKey == "role", catalog.role(roleID) == nil {
            reader.report(.error, at: value[roleKey]!.offset, path: roleKey,
                          ProfileDecoding.unknownMessage(kind: "role", id: roleID, known: catalog.roleIndex.keys))
        }
        // `role` is this format's key, not a profile key: the profile decoder does not see it.
        let profileValue = JSONValue(.object(members.filter { $0.key != "role" }), offset: value.offset)
        let profile = ProfileDecoding.decode(reader, profileValue, path: "", catalog: catalog)
        guard let profile, !reader.hasErrors else { return failure() }
        let request = PlanRequest(role: roleID, profile: profile, includeRecommended: includeRecommended,
                                  today: today, timeLimit: timeLimit)
        do {
            let plan = try planner.plan(request)
            return BatchAnswer(line: line, outcome: .planned(plan), warnings: messages(.warning))
        } catch {
            return failure("\(place): \(error)")
        }
    }
}
