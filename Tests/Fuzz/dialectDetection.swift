// libFuzzer entry point for FuzzTargets.dialectDetection (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/dialectDetection.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzFailure.trap(on: FuzzTargets.dialectDetection, data, size)
}
