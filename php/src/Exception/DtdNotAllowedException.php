<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An XML document carries a DOCTYPE, which could declare entities or load external ones; Amazon never sends one. Context: none.
 */
final class DtdNotAllowedException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
