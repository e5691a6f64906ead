/// What choosing an alternative for a step would make of the whole plan.
///
/// Made by ``SavedPlan/previewSwap(_:replacing:current:catalog:today:timeLimit:)`` (or, when the
/// plan was computed elsewhere, ``SavedPlan/swapPreview(_:replacing:planned:current:catalog:)``):
/// the plan is re-planned with the alternative pinned and the step avoided, exactly as choosing
/// it does, and compared with the plan as it is.
public struct SwapPreview: Sendable, Hashable {
    /// The alternative.
    public var credential: String
    /// The step it would replace.
    public var replaces: String
    /// Whether a valid plan exists with the swap.
    public var feasible: Bool
    /// The totals of the whole plan with the swap (done steps included, as in the plan's header).
    public var totals: Plan.Totals
    /// The day the plan with the swap would be done.
    public var finish: CalendarDate
    /// The change of the plan's price: the new total minus the current one.
    public var priceChange: Double
    /// The change of the plan's hours: the new total minus the current one.
    public var hoursChange: Double

    public init(credential: String, replaces: String, feasible: Bool, totals: Plan.Totals, finish: CalendarDate,
                priceChange: Double, hoursChange: Double) {
        self.credential = credential; self.replaces = replaces; self.feasible = feasible; self.totals = totals
        self.finish = finish; self.priceChange = priceChange; self.hoursChange = hoursChange
    }
}
