<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Exception\InvalidFieldException;
use PwaPresta\Php\Feeds\Input;

/**
 * Custom-data elements still allowed in one cart, shared by the items and the cart; twin of
 * `cart::custom_data::ElementBudget` in Rust.
 *
 * PHP shares an array assigned twice instead of copying it, so custom data that nests one array
 * under two keys at each of 32 levels costs the caller little but would write 2^32 elements.
 */
final class ElementBudget
{
    /** Most custom-data elements written for one cart, wrappers such as ItemCustomData left out. */
    public const MAX_ELEMENTS = 10000;

    private int $left = self::MAX_ELEMENTS;

    /**
     * Counts one element at $path, holding $value.
     *
     * @throws InvalidFieldException past MAX_ELEMENTS
     */
    public function take(mixed $value, string $path): void
    {
        if ($this->left === 0) {
            throw Input::invalid(
                $path,
                Input::shown($value),
                sprintf('at most %d custom-data elements in one cart', self::MAX_ELEMENTS),
            );
        }
        $this->left--;
    }
}
