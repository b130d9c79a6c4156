<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

/**
 * Locates the first byte of a string that is not UTF-8, as Rust's `Utf8Error::valid_up_to` does,
 * and replaces invalid bytes as Rust's `String::from_utf8_lossy` does.
 */
final class Utf8
{
    private const VALID_PREFIX = '/\A(?:[\x00-\x7F]++|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]'
        . '|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}'
        . '|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2})*+/';

    /** Valid UTF-8 from the offset given to preg_match on, possibly empty. */
    private const VALID_RUN = '/\G(?:[\x00-\x7F]++|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]'
        . '|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}'
        . '|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2})*+/';

    /** Second-byte ranges of the lead bytes whose second byte is restricted. */
    private const SECOND_BYTE = [0xE0 => [0xA0, 0xBF], 0xED => [0x80, 0x9F], 0xF0 => [0x90, 0xBF], 0xF4 => [0x80, 0x8F]];

    /**
     * Returns $text with each maximal invalid subpart replaced by U+FFFD, so a message that
     * quotes a PHP string is valid UTF-8 and the same as the native engine's.
     */
    public static function scrub(string $text): string
    {
        if (mb_check_encoding($text, 'UTF-8')) {
            return $text;
        }

        $scrubbed = '';
        $offset = 0;
        $length = strlen($text);
        while ($offset < $length) {
            preg_match(self::VALID_RUN, $text, $match, 0, $offset);
            $scrubbed .= $match[0];
            $offset += strlen($match[0]);
            if ($offset < $length) {
                $offset += self::invalidLength($text, $offset);
                $scrubbed .= "\u{FFFD}";
            }
        }

        return $scrubbed;
    }

    /** Byte offset of the first invalid sequence; the length of the string when it is all valid. */
    public static function invalidOffset(string $text): int
    {
        // Chunks keep the regular expression's work bounded; a chunk may end inside a character,
        // so each next chunk starts where the valid prefix ended.
        $offset = 0;
        $length = strlen($text);
        while ($offset < $length) {
            $chunk = substr($text, $offset, 65536);
            if (preg_match(self::VALID_PREFIX, $chunk, $match) !== 1) {
                return $offset;
            }
            $valid = strlen($match[0]);
            if ($valid === strlen($chunk)) {
                $offset += $valid;
                continue;
            }
            if ($valid < strlen($chunk) - 3 || $offset + strlen($chunk) >= $length) {
                return $offset + $valid;
            }
            if ($valid === 0) {
                return $offset;
            }
            $offset += $valid;
        }

        return $length;
    }

    /** Length of the maximal invalid subpart at $offset: the lead byte and the continuation bytes that fit it. */
    private static function invalidLength(string $text, int $offset): int
    {
        $lead = ord($text[$offset]);
        $width = match (true) {
            $lead >= 0xC2 && $lead <= 0xDF => 2,
            $lead >= 0xE0 && $lead <= 0xEF => 3,
            $lead >= 0xF0 && $lead <= 0xF4 => 4,
            default => 1,
        };
        $consumed = 1;
        while ($consumed < $width && $offset + $consumed < strlen($text)) {
            [$low, $high] = $consumed === 1 ? (self::SECOND_BYTE[$lead] ?? [0x80, 0xBF]) : [0x80, 0xBF];
            $byte = ord($text[$offset + $consumed]);
            if ($byte < $low || $byte > $high) {
                break;
            }
            $consumed++;
        }

        return $consumed;
    }
}
