import SkillpathCore

/// The preview of one alternative in the alternatives list, as it arrives from the background.
public enum SwapPreviewResult: Sendable, Hashable {
    /// Still being planned.
    case pending
    /// The engine's preview (``SavedPlan/swapPreview(_:replacing:planned:current:catalog:)``).
    case preview(SwapPreview)
    /// Planning with the swap failed.
    case failed(String)

    /// The effect in words: `+$49 · −6 h · done 2027-03-02`, `no valid plan`, `…` while pending.
    func words(currency: String) -> String {
        switch self {
        case .pending: return "…"
        case .failed: return "no plan"
        case .preview(let p) where !p.feasible: return "no valid plan"
        case .preview(let p):
            let price = p.priceChange == 0 ? "same price" : (p.priceChange > 0 ? "+" : "−") + moneyText(abs(p.priceChange), currency: currency)
            let hours = p.hoursChange.rounded() == 0 ? "±0 h" : (p.hoursChange > 0 ? "+" : "−") + formatNumber(abs(p.hoursChange.rounded())) + " h"
            return "\(price) · \(hours) · done \(p.finish)"
        }
    }
}
