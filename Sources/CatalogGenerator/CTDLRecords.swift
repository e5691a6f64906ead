import Foundation

/// Synthetic CTDL JSON-LD, for the CTDL import's tests and benchmark.
public enum CTDLRecords {
    /// An `@graph` of one organisation and `records` credential records: programmes of (up to)
    /// four courses each, with an aggregate cost, every course after a programme's first with an
    /// entry condition on the one before it, each course teaching one of 50 skills.
    public static func graph(records: Int) -> String {
        func ctid(_ n: Int) -> String { "ce-" + String(format: "%08x", n) + "-0000-4000-8000-000000000000" }
        func uri(_ n: Int) -> String { "https://credentialengineregistry.org/resources/" + ctid(n) }
        var items = [#"{"@id": "\#(uri(0))", "@type": "ceterms:CredentialOrganization", "ceterms:ctid": "\#(ctid(0))", "ceterms:name": "Generated University"}"#]
        var program = 1
        while program <= records {
            let parts = (1...4).map { program + $0 }.filter { $0 <= records }
            let partList = parts.map { "\"\(uri($0))\"" }.joined(separator: ", ")
            items.append(#"{"@id": "\#(uri(program))", "@type": "ceterms:LearningProgram", "ceterms:ctid": "\#(ctid(program))", "ceterms:name": {"en-US": "Programme \#(program)"}, "ceterms:ownedBy": ["\#(uri(0))"], "ceterms:hasPart": [\#(partList)], "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": \#(parts.count * 100), "ceterms:directCostType": "costType:AggregateCost"}], "ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT\#(parts.count * 10)H"}]}"#)
            for part in parts {
                let entry = part == program + 1 ? ""
                    : #", "ceterms:entryCondition": [{"@type": "ceterms:ConditionProfile", "ceterms:targetLearningOpportunity": ["\#(uri(part - 1))"]}]"#
                items.append(#"{"@id": "\#(uri(part))", "@type": "ceterms:Course", "ceterms:ctid": "\#(ctid(part))", "ceterms:name": {"en-US": "Course \#(part)", "es": "Curso \#(part)"}, "ceterms:ownedBy": ["\#(uri(0))"], "ceterms:teaches": [{"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNodeName": "Skill \#(part % 50)"}], "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": 100}], "ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile", "ceterms:exactDuration": "PT10H"}]\#(entry)}"#)
            }
            program += 1 + parts.count
        }
        return "{\"@context\": \"https://credreg.net/ctdl/schema/context/json\", \"@graph\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }
}
