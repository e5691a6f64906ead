import SkillpathCore
import SkillpathUI

/// The storage effects: they finish at once, and their results come back as actions.
extension Effect {
    /// Runs a storage effect on `storage` and returns the actions that report its result; nil for
    /// an effect that is not about storage.
    ///
    /// A save reports what the store now holds (`.profileSaved`, `.planReloaded`): this writer's
    /// changes on top of whatever another writer saved meanwhile.
    func performStorage(_ storage: any PlanStorage) -> [Action]? {
        switch self {
        case .saveProfile(let profile, let base):
            do { return [.profileSaved(try storage.saveProfile(profile, since: base))] } catch { return [.storageFailed("Could not save the profile: \(error)")] }
        case .listPlans:
            do { return [.plansListed(.success(try storage.listPlans()))] } catch { return [.plansListed(.failure(Failure("Could not list saved plans: \(error)")))] }
        case .loadPlan(let name):
            do { return [.planLoaded(.success(try storage.loadPlan(named: name)))] } catch { return [.planLoaded(.failure(Failure("Could not open “\(name)”: \(error)")))] }
        case .savePlan(let document, let name):
            do {
                let stored = try storage.savePlan(document, as: name)
                return [.planSaved(name: stored.name ?? name), .planReloaded(stored)]
            } catch { return [.storageFailed("Could not save: \(error)")] }
        case .deletePlan(let name):
            do { try storage.deletePlan(named: name); return [.planDeleted(name: name)] } catch { return [.storageFailed("Could not delete “\(name)”: \(error)")] }
        case .renamePlan(let old, let new):
            do { try storage.renamePlan(from: old, to: new); return [.planRenamed(from: old, to: new)] } catch { return [.storageFailed("Could not rename “\(old)”: \(error)")] }
        case .exportPlan(let name):
            do { return [.exported(paths: [try storage.exportMarkdown(named: name), try storage.exportCalendar(named: name)])] } catch { return [.storageFailed("Could not export “\(name)”: \(error)")] }
        case .writeExport(let path, let bytes, let format, let overwrite):
            do {
                switch try storage.writeExport(bytes, to: path, overwrite: overwrite) {
                case .written(let full): return [.exported(paths: [full])]
                case .exists(let full): return [.exportExists(path: full, format: format)]
                }
            } catch { return [.storageFailed("Could not export: \(error)")] }
        case .saveSession(let session):
            // Quitting goes on; a session that cannot be saved only means the next start is on the Catalog.
            do { try storage.saveSession(session); return [] } catch { return [.storageFailed("Could not remember the session: \(error)")] }
        default:
            return nil
        }
    }
}
