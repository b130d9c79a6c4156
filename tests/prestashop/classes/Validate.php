<?php
/**
 * PrestaShop 8.2's validation rules used by the objects of the double, with the same patterns.
 */
class Validate
{
    public static function isLoadedObject($object)
    {
        return is_object($object) && $object->id;
    }

    public static function isEmail($email)
    {
        return !empty($email) && filter_var($email, FILTER_VALIDATE_EMAIL, FILTER_FLAG_EMAIL_UNICODE) !== false;
    }

    public static function isName($name)
    {
        return (bool) preg_match('/^(?!\s*$)(?:[^0-9!<>,;?=+()\/\\\\@#"°*`{}_^$%:¤\[\]|\.。]|[\.。](?:\s|$))*$/u', (string) $name);
    }

    public static function isCustomerName($name)
    {
        return self::isName($name);
    }

    public static function isGenericName($name)
    {
        return empty($name) || preg_match('/^[^<>={}]*$/u', (string) $name);
    }

    public static function isAddress($address)
    {
        return empty($address) || preg_match('/^[^!<>?=+@{}_$%]*$/u', (string) $address);
    }

    public static function isCityName($city)
    {
        return (bool) preg_match('/^[^!<>;?=+@#"°{}_$%]*$/u', (string) $city);
    }

    public static function isPostCode($postcode)
    {
        return empty($postcode) || preg_match('/^[a-zA-Z 0-9-]+$/', (string) $postcode);
    }

    public static function isPhoneNumber($number)
    {
        return (bool) preg_match('/^[+0-9. ()\/-]*$/', (string) $number);
    }

    public static function isMessage($message)
    {
        return !preg_match('/[<>{}]/i', (string) $message);
    }

    public static function isCleanHtml($html, $allow_iframe = false)
    {
        return !preg_match('/<[\s]*script/ims', (string) $html) && !preg_match('/on(?:abort|blur|change|click|error|focus|load|submit)[\s]*=/ims', (string) $html);
    }

    public static function isConfigName($config_name)
    {
        return (bool) preg_match('/^[a-zA-Z_0-9-]+$/', (string) $config_name);
    }

    public static function isBool($bool)
    {
        return $bool === null || is_bool($bool) || preg_match('/^(0|1)$/', (string) $bool);
    }

    public static function isUnsignedId($id)
    {
        return self::isUnsignedInt($id);
    }

    public static function isUnsignedInt($value)
    {
        return (string) (int) $value === (string) $value && $value < 4294967296 && $value >= 0;
    }

    public static function isInt($value)
    {
        return (string) (int) $value === (string) $value || $value === false;
    }

    public static function isNullOrUnsignedId($id)
    {
        return $id === null || self::isUnsignedId($id);
    }

    public static function isPrice($price)
    {
        return (bool) preg_match('/^[0-9]{1,10}(\.[0-9]{1,9})?$/', (string) $price);
    }

    public static function isNegativePrice($price)
    {
        return (bool) preg_match('/^[-]?[0-9]{1,10}(\.[0-9]{1,9})?$/', (string) $price);
    }

    public static function isFloat($float)
    {
        return (string) (float) $float == (string) $float;
    }

    public static function isUnsignedFloat($float)
    {
        return (string) (float) $float == (string) $float && $float >= 0;
    }

    public static function isDate($date)
    {
        if (!preg_match('/^([0-9]{4})-((?:0?[0-9])|(?:1[0-2]))-((?:0?[0-9])|(?:[1-2][0-9])|(?:3[01]))( [0-9]{2}:[0-9]{2}:[0-9]{2})?$/', (string) $date, $matches)) {
            return false;
        }

        return checkdate((int) $matches[2], (int) $matches[3], (int) $matches[1]) || $date === '0000-00-00 00:00:00';
    }

    public static function isDateFormat($date)
    {
        return (bool) preg_match('/^([0-9]{4})-((0?[0-9])|(1[0-2]))-((0?[0-9])|([1-2][0-9])|(3[01]))( [0-9]{2}:[0-9]{2}:[0-9]{2})?$/', (string) $date);
    }

    public static function isBirthDate($date, $format = 'Y-m-d')
    {
        return empty($date) || $date === '0000-00-00' || self::isDateFormat($date);
    }

    public static function isColor($color)
    {
        return (bool) preg_match('/^(#[0-9a-fA-F]{6}|[a-zA-Z0-9-]*)$/', (string) $color);
    }

    public static function isPasswd($passwd, $size = 5)
    {
        return Tools::strlen((string) $passwd) >= $size && Tools::strlen((string) $passwd) < 255;
    }

    public static function isPlaintextPassword($plaintextPasswd, $size = 5)
    {
        return self::isPasswd($plaintextPasswd, $size);
    }

    public static function isHashedPassword($hashedPasswd)
    {
        return Tools::strlen((string) $hashedPasswd) >= 32;
    }

    public static function isMd5($md5)
    {
        return (bool) preg_match('/^[a-f0-9A-F]{32}$/', (string) $md5);
    }

    public static function isLanguageIsoCode($iso_code)
    {
        return (bool) preg_match('/^[a-zA-Z]{2,3}$/', (string) $iso_code);
    }

    public static function isStateIsoCode($iso_code)
    {
        return (bool) preg_match('/^[a-zA-Z0-9]{1,4}((-)[a-zA-Z0-9]{1,4})?$/', (string) $iso_code);
    }

    public static function isReference($reference)
    {
        return (bool) preg_match('/^[^<>;={}]*$/u', (string) $reference);
    }

    public static function isTrackingNumber($tracking_number)
    {
        return (bool) preg_match('/^[~:#,%&_=\(\)\[\]\.\? \+\-@\/a-zA-Z0-9]+$/', (string) $tracking_number);
    }

    public static function isModuleName($module_name)
    {
        return is_string($module_name) && preg_match('/^[a-zA-Z0-9_-]+$/', $module_name);
    }

    public static function isHookName($hook)
    {
        return (bool) preg_match('/^[a-zA-Z0-9_-]+$/', (string) $hook);
    }

    public static function isString($data)
    {
        return is_string($data);
    }

    public static function isAnything()
    {
        return true;
    }

    public static function isCatalogName($name)
    {
        return (bool) preg_match('/^[^<>;=#{}]*$/u', (string) $name);
    }

    public static function isLinkRewrite($link)
    {
        return (bool) preg_match('/^[_a-zA-Z0-9\x{0600}-\x{06FF}\pL\pS-]+$/u', (string) $link);
    }

    public static function isDniLite($dni)
    {
        return empty($dni) || (bool) preg_match('/^[0-9A-Za-z-.]{1,16}$/U', (string) $dni);
    }

    public static function isCookie($data)
    {
        return is_object($data) && get_class($data) === 'Cookie';
    }

    public static function isOrderWay($way)
    {
        return $way === 'ASC' || $way === 'DESC' || $way === 'asc' || $way === 'desc';
    }

    public static function isTablePrefix($data)
    {
        return (bool) preg_match('/^[a-zA-Z][a-zA-Z0-9_]*$/', (string) $data);
    }

    public static function isZipCodeFormat($zip_code)
    {
        return empty($zip_code) || (bool) preg_match('/^[NLCnlc 0-9-]+$/', (string) $zip_code);
    }

    public static function isIp2Long($ip)
    {
        return (bool) preg_match('#^-?[0-9]+$#', (string) $ip);
    }

    public static function isUrl($url)
    {
        return (bool) preg_match('/^[~:#,$%&_=\(\)\.\? \+\-@\/a-zA-Z0-9\pL\pS-]+$/u', (string) $url);
    }

    public static function isAbsoluteUrl($url)
    {
        return empty($url) || (bool) preg_match('/^(https?:)?\/\/[$~:;#,%&_=\(\)\[\]\.\? \+\-@\/a-zA-Z0-9\pL\pS-]+$/u', (string) $url);
    }

    public static function isSha1($sha1)
    {
        return (bool) preg_match('/^[a-fA-F0-9]{40}$/', (string) $sha1);
    }

    public static function isDateOrNull($date)
    {
        return $date === null || $date === '0000-00-00 00:00:00' || $date === '0000-00-00' || self::isDate($date);
    }
}
