// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Steadfast",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "steadfast", targets: ["steadfast"]),
        .library(name: "SteadfastCore", targets: ["SteadfastCore"]),
        .library(name: "SteadfastCaseBase", targets: ["SteadfastCaseBase"]),
        .library(name: "SteadfastText", targets: ["SteadfastText"]),
        .library(name: "SteadfastStore", targets: ["SteadfastStore"]),
        .library(name: "SteadfastEvents", targets: ["SteadfastEvents"]),
        .library(name: "SteadfastServer", targets: ["SteadfastServer"]),
        .library(name: "SteadfastPages", targets: ["SteadfastPages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
    ],
    targets: [
        .target(name: "SteadfastCore"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "SteadfastEvents", dependencies: ["SteadfastCore", "CZlib"]),
        .target(name: "SteadfastText", dependencies: ["SteadfastCore"], resources: [.copy("Resources/lexicon")]),
        .target(
            name: "SteadfastCaseBase",
            dependencies: [
                "SteadfastCore",
                "SteadfastText",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/casebase")]
        ),
        .target(
            name: "SteadfastStore",
            dependencies: [
                "SteadfastCore",
                "SteadfastCaseBase",
                "SteadfastEvents",
                "SteadfastText",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SteadfastPages",
            dependencies: ["SteadfastCore", "SteadfastStore", "SteadfastText"]
        ),
        .target(
            name: "SteadfastServer",
            dependencies: [
                "SteadfastCore",
                "SteadfastCaseBase",
                "SteadfastPages",
                "SteadfastStore",
                "SteadfastText",
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        .executableTarget(
            name: "steadfast",
            dependencies: [
                "SteadfastCore",
                "SteadfastCaseBase",
                "SteadfastEvents",
                "SteadfastServer",
                "SteadfastStore",
                "SteadfastText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "SteadfastCoreTests", dependencies: ["SteadfastCore"]),
        .testTarget(
            name: "SteadfastTextTests",
            dependencies: ["SteadfastText", "SteadfastCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SteadfastCaseBaseTests",
            dependencies: ["SteadfastCaseBase", "SteadfastCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SteadfastEventsTests",
            dependencies: ["SteadfastEvents", "SteadfastCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SteadfastStoreTests",
            dependencies: ["SteadfastStore", "SteadfastCaseBase", "SteadfastCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SteadfastPagesTests",
            dependencies: ["SteadfastPages", "SteadfastStore", "SteadfastCaseBase", "SteadfastCore", "SteadfastText"]
        ),
        .testTarget(
            name: "SteadfastServerTests",
            dependencies: [
                "SteadfastServer",
                "SteadfastStore",
                "SteadfastCaseBase",
                "SteadfastCore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "SteadfastCLITests",
            dependencies: ["steadfast"]
        ),
    ]
)
