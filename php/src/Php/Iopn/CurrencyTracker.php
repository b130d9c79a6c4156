<?php

declare(strict_types=1);

namespace PwaPresta\Php\Iopn;

use PwaPresta\Exception\InvalidAmountException;
use PwaPresta\Php\Money;
use PwaPresta\Php\Xml\SafeXmlReader;

/**
 * Reads amounts (an element holding Amount and CurrencyCode) and keeps one currency per order.
 */
final class CurrencyTracker
{
    /** The order's currency: the first one met, null before any amount. */
    public ?string $currency = null;

    /**
     * Reads the element just started into minor units.
     *
     * @param string $element 'Price' or 'Component/Charge'
     */
    public function readMoney(SafeXmlReader $reader, string $element): int
    {
        $amount = null;
        $code = null;
        while (($field = $reader->nextChild()) !== null) {
            match ($field) {
                'Amount' => $amount = $reader->readText(),
                'CurrencyCode' => $code = $reader->readText(),
                default => $reader->skip(),
            };
        }
        $amountElement = $element . '/Amount';
        $codeElement = $element . '/CurrencyCode';
        $amount = NotificationParser::required($amount, $amountElement);
        $code = NotificationParser::required($code, $codeElement);

        if (preg_match('/\A[A-Z]{3}\z/', $code) !== 1) {
            throw new InvalidAmountException(
                sprintf('currency code "%s" in %s is not an ISO 4217 code such as INR', $code, $codeElement),
                ['value' => $code, 'element' => $codeElement],
            );
        }
        if ($this->currency === null) {
            $this->currency = $code;
        } elseif ($this->currency !== $code) {
            throw new InvalidAmountException(
                sprintf(
                    'currency "%s" in %s differs from the order\'s currency "%s": an order has one currency',
                    $code,
                    $codeElement,
                    $this->currency,
                ),
                ['value' => $code, 'element' => $codeElement],
            );
        }

        $minor = Money::parseMinor($amount, $code, $amountElement);
        if ($minor < 0) {
            throw new InvalidAmountException(
                sprintf('amount "%s" in %s is negative: IOPN amounts are positive', $amount, $amountElement),
                ['value' => $amount, 'element' => $amountElement],
            );
        }

        return $minor;
    }
}
