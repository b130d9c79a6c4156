<?php

declare(strict_types=1);

namespace PwaPresta\Module\Order;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Splits a buyer name into PrestaShop's firstname and lastname.
 *
 * The last word is the lastname and the words before it the firstname. A one-word name ("Asha") goes
 * into both fields, so the full name is kept and neither field is a placeholder such as ".". Characters
 * PrestaShop's Validate::isName rejects (digits, <>,;?=+()/\@#"°*`{}_^$%:¤[]|) become spaces, and
 * each part is cut to 255 characters, the column size.
 */
final class BuyerName
{
    private const REJECTED_CHARACTERS = '/[0-9!<>,;?=+()\/\\\\@#"°*`{}_^$%:¤\[\]|]/u';

    /**
     * @return array{0: string, 1: string} firstname, lastname
     *
     * @throws ImportException when no usable character is left
     */
    public static function split(string $name): array
    {
        $clean = (string) preg_replace(self::REJECTED_CHARACTERS, ' ', $name);
        $clean = (string) preg_replace('/\.(?=\S)/u', '. ', $clean);
        $words = preg_split('/\s+/u', trim($clean), -1, PREG_SPLIT_NO_EMPTY) ?: [];
        if ($words === []) {
            throw new ImportException(sprintf('Buyer name "%s" has no letters PrestaShop accepts in a name.', $name));
        }

        $lastname = (string) array_pop($words);
        $firstname = $words === [] ? $lastname : implode(' ', $words);

        return [mb_substr($firstname, 0, 255), mb_substr($lastname, 0, 255)];
    }
}
