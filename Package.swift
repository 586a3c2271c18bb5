// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "smartcity",
    products: [
        .executable(name: "smartcity", targets: ["smartcity"]),
    ],
    targets: [
        // Our own small argument parser, following swift-argument-parser's conventions.
        .target(name: "ArgumentParsing"),
        // All behaviour: questionnaires, responses, scoring, statistics, rendering.
        .target(name: "SmartCityKit"),
        // The thin command-line front end.
        .executableTarget(name: "smartcity", dependencies: ["SmartCityKit", "ArgumentParsing"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        // Fixtures and golden files are read from the source tree by path, not bundled.
        .testTarget(name: "SmartCityKitTests", dependencies: ["SmartCityKit"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["smartcity"]),
    ]
)
