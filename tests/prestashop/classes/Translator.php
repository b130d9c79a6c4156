<?php
/**
 * Stands for PrestaShop's Symfony translator: returns the message with its parameters
 * substituted (sprintf style for legacy strings, strtr for %name% placeholders).
 */
class Translator
{
    public function trans($id, array $parameters = [], $domain = null, $locale = null)
    {
        $message = (string) $id;
        if ($parameters === []) {
            return $message;
        }
        if (array_keys($parameters) === range(0, count($parameters) - 1)) {
            return vsprintf($message, $parameters);
        }

        return strtr($message, array_map('strval', $parameters));
    }
}
