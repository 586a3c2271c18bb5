/// The version of smartcity, printed by `--version` and written into report footers.
package let version = "0.1.0"
