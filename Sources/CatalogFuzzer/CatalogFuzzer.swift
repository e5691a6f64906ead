import Foundation

/// The catalog loader's fuzz target.
///
/// Built with `-sanitize=fuzzer -DFUZZING` (see `make fuzz`) it hands ``fuzzOneInput(_:_:)`` to
/// libFuzzer, which takes its usual options (corpus folders, `-max_total_time`, `-artifact_prefix`).
/// Built plainly it replays inputs: `CatalogFuzzer FILE|DIR…` runs each file once, so a crash
/// found by libFuzzer can be reproduced and debugged in a debug build.
/// Either way, `CatalogFuzzer --write-seeds DIR [CATALOG]` writes the seed corpus, and
/// `CatalogFuzzer --write-dictionary FILE` libFuzzer's dictionary (``FuzzDictionary``).
@main
enum CatalogFuzzer {
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count >= 3, arguments[1] == "--write-seeds" {
            writeSeeds(to: arguments[2], shippedCatalog: arguments.count > 3 ? arguments[3] : nil)
            return
        }
        if arguments.count == 3, arguments[1] == "--write-dictionary" {
            FileManager.default.createFile(atPath: arguments[2], contents: Data(FuzzDictionary.text.utf8))
            return
        }
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        replay(Array(arguments.dropFirst()))
        #endif
    }

    static func writeSeeds(to directory: String, shippedCatalog: String?) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let seeds = harness.seeds(shippedCatalog: shippedCatalog)
        for (i, seed) in seeds.enumerated() {
            FileManager.default.createFile(atPath: "\(directory)/seed-\(i)", contents: Data(seed))
        }
        print("wrote \(seeds.count) seed inputs to \(directory)")
    }

    /// Runs every input file named (folders: every file in them) once.
    static func replay(_ paths: [String]) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: CatalogFuzzer FILE|DIR…  or  CatalogFuzzer --write-seeds DIR [CATALOG]\n".utf8))
            exit(64)
        }
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("\(path): no such file\n".utf8)); exit(66)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                harness.run([UInt8](data))
                count += 1
            }
        }
        print("ran \(count) input\(count == 1 ? "" : "s"), no crash")
    }
}

/// The harness every input runs in, made once.
let harness: FuzzHarness = {
    do { return try FuzzHarness() } catch { fatalError("cannot set up the fuzz catalog: \(error)") }
}()

/// libFuzzer's entry point: one input, always 0 (a crash is the only failure).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    harness.run(bytes)
    return 0
}

#if FUZZING
/// libFuzzer's mutation hook: one time in four, a number of the input becomes one at or past a
/// bound (``NumberMutation``); otherwise libFuzzer's own mutations.
@_cdecl("LLVMFuzzerCustomMutator")
public func fuzzMutate(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    guard let data else { return 0 }
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    func pick(_ n: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(n))
    }
    if pick(4) == 0, let mutated = NumberMutation.apply(Array(UnsafeBufferPointer(start: data, count: size)), pick: pick),
       mutated.count <= maxSize {
        mutated.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: mutated.count) }
        return mutated.count
    }
    return LLVMFuzzerMutate(data, size, maxSize)
}

@_silgen_name("LLVMFuzzerMutate")
func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// libFuzzer's driver, linked in by `-sanitize=fuzzer` (its own `main` is not used, because
/// SwiftPM renames an executable's entry point).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
