import Foundation

/// Swapping a step for an alternative: the plan re-planned with the alternative pinned and the
/// step avoided (``SavedPlan/pin(_:replacing:)``, then the re-plan rules of ``SavedPlan/replanned(current:catalog:today:timeLimit:now:)``),
/// previewed before it is chosen.
extension SavedPlan {
    /// This plan with `credential` pinned in place of `replaced`: what choosing the swap stores.
    public func swapping(_ credential: String, replacing replaced: String) -> SavedPlan {
        var swapped = self
        swapped.pin(credential, replacing: replaced)
        return swapped
    }

    /// The request that plans the swap: ``replanRequest(current:today:timeLimit:)`` of ``swapping(_:replacing:)``.
    public func swapRequest(_ credential: String, replacing replaced: String, current: Profile,
                            today: CalendarDate = .today(), timeLimit: Double = 10) -> PlanRequest {
        swapping(credential, replacing: replaced).replanRequest(current: current, today: today, timeLimit: timeLimit)
    }

    /// The preview of a swap from `planned`, the result of ``swapRequest(_:replacing:current:today:timeLimit:)``:
    /// the merged plan's totals and finish day, and their change from this plan's totals.
    public func swapPreview(_ credential: String, replacing replaced: String, planned: Plan, current: Profile,
                            catalog: Catalog) -> SwapPreview {
        let merged = swapping(credential, replacing: replaced)
            .merging(replan: planned, current: current, catalog: catalog, catalogFingerprint: catalog.fingerprint,
                     now: Date(timeIntervalSince1970: 0))
            .plan
        return SwapPreview(credential: credential, replaces: replaced, feasible: merged.feasible, totals: merged.totals,
                           finish: merged.finishDate,
                           priceChange: Planner.tidy(merged.totals.price - plan.totals.price),
                           hoursChange: Planner.tidy(merged.totals.hours - plan.totals.hours))
    }

    /// Plans the swap of `replaced` for `credential` from `current` and previews it (the two functions above).
    public func previewSwap(_ credential: String, replacing replaced: String, current: Profile, catalog: Catalog,
                            today: CalendarDate = .today(), timeLimit: Double = 10) throws(PlanningError) -> SwapPreview {
        let request = swapRequest(credential, replacing: replaced, current: current, today: today, timeLimit: timeLimit)
        let planned = try Planner(catalog: catalog).plan(request)
        return swapPreview(credential, replacing: replaced, planned: planned, current: current, catalog: catalog)
    }
}
