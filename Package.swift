// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "skillpath",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skillpath", targets: ["skillpath"]),
        .library(name: "SkillpathCore", targets: ["SkillpathCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // Open Badges import: curves and hashes, and JWS parsing (jwt-kit 5.7+ needs swift-crypto 4.1+).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.1.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
    ],
    targets: [
        // The engine: catalog, planner, profile and plan storage. No terminal code.
        .target(
            name: "SkillpathCore",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        // Standard interchange formats that need cryptography: Open Badges 3.0 / W3C VC import
        // (VC-JWT and Data Integrity proofs, did:key, RFC 8785 canonical JSON). Kept out of
        // SkillpathCore so that only what imports badges links swift-crypto and jwt-kit.
        .target(
            name: "SkillpathInterop",
            dependencies: [
                "SkillpathCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ]
        ),
        // ncursesw as seen from Swift (see docs/ARCHITECTURE.md).
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The interface without a terminal: State, Action, Effect, the pure update, render into a
        // Grid, Grid.diff, Key, display width. Imports only SkillpathCore (see docs/ARCHITECTURE.md).
        .target(
            name: "SkillpathUI",
            dependencies: ["SkillpathCore"]
        ),
        // The terminal: the only importer of CNcursesw. The ncurses adapter (Terminal, Theme), the
        // runner that performs effects, and the file-backed storage.
        .target(
            name: "SkillpathTUI",
            dependencies: ["SkillpathUI", "SkillpathCore", "CNcursesw"]
        ),
        // Deterministic synthetic catalogs for benchmarks and tests.
        .target(
            name: "CatalogGenerator",
            dependencies: ["SkillpathCore"]
        ),
        .executableTarget(
            name: "skillpath",
            dependencies: [
                "SkillpathCore",
                "SkillpathUI",
                "SkillpathTUI",
                "SkillpathInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The catalog loader's fuzz target: libFuzzer under `make fuzz`, an input replayer otherwise.
        .executableTarget(
            name: "CatalogFuzzer",
            dependencies: ["SkillpathCore", "CatalogGenerator"]
        ),
        .executableTarget(
            name: "skillpath-bench",
            dependencies: ["SkillpathCore", "SkillpathUI", "SkillpathTUI", "CatalogGenerator"]
        ),
        .testTarget(
            name: "SkillpathCoreTests",
            dependencies: [
                "SkillpathCore",
                "CatalogGenerator",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SkillpathInteropTests",
            dependencies: [
                "SkillpathInterop",
                "SkillpathCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Everything that needs no terminal: goldens, update, text width, diff. Links no ncurses.
        .testTarget(
            name: "SkillpathUITests",
            dependencies: [
                "SkillpathUI",
                "SkillpathCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // The terminal, the runner, the file-backed storage and the tmux end-to-end tests.
        // Fixtures.swift is a link to SkillpathUITests/Fixtures.swift.
        .testTarget(
            name: "SkillpathTUITests",
            dependencies: ["SkillpathTUI", "SkillpathUI", "SkillpathCore"]
        ),
        .testTarget(
            name: "skillpathTests",
            dependencies: ["SkillpathCore", "SkillpathInterop"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
