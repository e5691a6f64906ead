import Foundation

/// CTDL's CostProfiles and DurationProfiles: a record's price, hours and weeks.
extension CTDLConverter {
    /// What a record states of its cost and duration, before programmes are settled against their parts.
    struct CostFacts {
        var price: Double?
        /// A cost type `AggregateCost`: the price is the total of the parts'.
        var aggregate = false
        var hours: Double?
        var weeks: Double?
        /// The duration as stated (`P6W`), when hours were estimated from weeks.
        var estimatedFrom: String?
    }

    func costFacts(_ value: JSONValue, _ place: Place) -> CostFacts {
        var facts = CostFacts()
        for (i, element) in CTDLConverter.elements(value["ceterms:estimatedCost"]).enumerated() {
            let here = place.at(element, "ceterms:estimatedCost[\(i)]")
            guard let profile = self.profile(element, here) else { continue }
            if Self.mentionsAggregate(profile["ceterms:directCostType"]) || Self.mentionsAggregate(profile["ceterms:costType"]) {
                facts.aggregate = true
            }
            if let code = CTDLConverter.strings(profile["ceterms:currency"]).first?.uppercased() {
                if currency == nil { currency = code }
                if code != currency { warn(here, "price in \(code) while the catalog is in \(currency!); taken as is") }
            }
            guard let priceValue = profile["ceterms:price"] else { continue }
            var price: Double?
            switch priceValue.kind {
            case .number(let x): price = x
            case .string(let s): price = Double(s.trimmingCharacters(in: .whitespaces))
            default: break
            }
            guard let price, Limits.price.contains(price) else {
                warn(here.at(priceValue, "ceterms:price"), "a price must be a number \(Limits.describe(Limits.price)); dropped")
                continue
            }
            facts.price = (facts.price ?? 0) + price
        }
        if let price = facts.price, !Limits.price.contains(price) {
            warn(place, "its prices add up past \(Limits.format(Limits.price.upperBound)); price set to 0")
            facts.price = nil
        }
        for (i, element) in CTDLConverter.elements(value["ceterms:estimatedDuration"]).enumerated() {
            let here = place.at(element, "ceterms:estimatedDuration[\(i)]")
            guard let profile = self.profile(element, here) else { continue }
            let key = profile["ceterms:exactDuration"] != nil ? "ceterms:exactDuration" : "ceterms:maximumDuration"
            guard let raw = profile[key], let stated = CTDLConverter.strings(raw).first else { continue }
            guard let duration = ISODuration(stated) else {
                warn(here.at(raw, key), "\"\(stated)\" is not an ISO 8601 duration such as PT40H, P6W or P3M; dropped")
                continue
            }
            if duration.statesHours {
                guard Limits.hours.contains(duration.totalHours) else {
                    warn(here.at(raw, key), "\(stated) is out of range (hours \(Limits.describe(Limits.hours))); dropped")
                    continue
                }
                facts.hours = duration.totalHours
            } else {
                let weeks = duration.totalWeeks
                guard Limits.weeks.contains(weeks) else {
                    warn(here.at(raw, key), "\(stated) is out of range (weeks \(Limits.describe(Limits.weeks))); dropped")
                    continue
                }
                facts.weeks = (weeks * 100).rounded() / 100
                facts.hours = (weeks * CTDLImport.hoursPerWeek).rounded()
                facts.estimatedFrom = stated
            }
            break
        }
        return facts
    }

    /// Whether a cost type value (a string, an alignment object or an array of them) names `AggregateCost`.
    static func mentionsAggregate(_ value: JSONValue?) -> Bool {
        elements(value).contains { element in
            (strings(element) + strings(element["ceterms:targetNode"]) + strings(element["ceterms:targetNodeName"]))
                .contains { $0.range(of: "AggregateCost", options: .caseInsensitive) != nil }
        }
    }

    /// A programme whose cost is the total of its parts (cost type `AggregateCost`, or a price equal
    /// to the sum of its parts') gets 0 of its own, and so do hours that only restate its parts' or
    /// that were estimated from its length in weeks: its parts carry them.
    func settleTotals(_ built: [(credential: Credential, place: Place, facts: CostFacts)]) -> [Credential] {
        var indexByID: [String: Int] = [:]
        for (i, entry) in built.enumerated() { indexByID[entry.credential.id] = i }
        return built.map { entry in
            var credential = entry.credential
            let facts = entry.facts
            guard let stack = credential.stack else {
                if let stated = facts.estimatedFrom {
                    warn(entry.place, "\(stated) states weeks, not hours: hours estimated at \(Limits.format(CTDLImport.hoursPerWeek)) a week (\(Limits.format(credential.hours)) h)")
                }
                return credential
            }
            let parts = stack.of.compactMap { indexByID[$0].map { built[$0].facts } }
            let partsPrice = parts.reduce(0) { $0 + ($1.price ?? 0) }
            if let price = facts.price, price > 0, facts.aggregate || (partsPrice > 0 && abs(price - partsPrice) < 0.005) {
                credential.price = 0
            }
            let partsHours = parts.reduce(0) { $0 + ($1.hours ?? 0) }
            if facts.estimatedFrom != nil || (credential.hours > 0 && abs(credential.hours - partsHours) < 0.005) {
                credential.hours = 0
            }
            return credential
        }
    }
}
