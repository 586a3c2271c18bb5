// libFuzzer entry point for FuzzTargets.scoredReports (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/scoredReports.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzFailure.trap(on: FuzzTargets.scoredReports, data, size)
}
