#pragma once
// SHA-256 (FIPS 180-4), for the salted hashes of customer ids.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace seg {

std::array<std::uint8_t, 32> sha256(std::string_view a, std::string_view b = {});

/// `n` bytes as lower-case hexadecimal, two digits each.
std::string hexOf(const std::uint8_t *bytes, std::size_t n);

} // namespace seg
