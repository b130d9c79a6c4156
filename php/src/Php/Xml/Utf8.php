<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

/**
 * Locates the first byte of a string that is not UTF-8, as Rust's `Utf8Error::valid_up_to` does.
 */
final class Utf8
{
    private const VALID_PREFIX = '/\A(?:[\x00-\x7F]++|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]'
        . '|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]|\xF0[\x90-\xBF][\x80-\xBF]{2}'
        . '|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2})*+/';

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
}
