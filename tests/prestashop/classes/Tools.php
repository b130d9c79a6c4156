<?php
/**
 * The part of PrestaShop's Tools the module and the double use.
 */
class Tools
{
    public static function getValue($key, $default_value = false)
    {
        if (!is_string($key) || $key === '') {
            return false;
        }
        $value = $_POST[$key] ?? $_GET[$key] ?? $default_value;

        return is_string($value) ? urldecode(preg_replace('/((\%5C0+)|(\%00+))/i', '', urlencode($value))) : $value;
    }

    public static function getIsset($key)
    {
        return is_string($key) && (isset($_POST[$key]) || isset($_GET[$key]));
    }

    public static function isSubmit($submit)
    {
        return isset($_POST[$submit]) || isset($_POST[$submit . '_x']) || isset($_POST[$submit . '_y'])
            || isset($_GET[$submit]) || isset($_GET[$submit . '_x']) || isset($_GET[$submit . '_y']);
    }

    public static function getHttpHost($http = false, $entities = false, $ignore_port = false)
    {
        $host = $_SERVER['HTTP_X_FORWARDED_HOST'] ?? $_SERVER['HTTP_HOST'] ?? self::configuredHost();
        if ($ignore_port && ($pos = strpos($host, ':')) !== false) {
            $host = substr($host, 0, $pos);
        }
        if ($entities) {
            $host = htmlspecialchars($host, ENT_COMPAT, 'UTF-8');
        }

        return $http ? 'http://' . $host : $host;
    }

    public static function getShopDomain($http = false, $entities = false)
    {
        $domain = Configuration::get('PS_SHOP_DOMAIN') ?: self::getHttpHost();
        $domain = self::configuredHost() ?: $domain;
        if ($entities) {
            $domain = htmlspecialchars($domain, ENT_COMPAT, 'UTF-8');
        }

        return $http ? 'http://' . $domain : $domain;
    }

    public static function getShopDomainSsl($http = false, $entities = false)
    {
        $domain = self::configuredHost() ?: (Configuration::get('PS_SHOP_DOMAIN_SSL') ?: self::getHttpHost());
        if ($entities) {
            $domain = htmlspecialchars($domain, ENT_COMPAT, 'UTF-8');
        }
        if ($http) {
            $domain = (Configuration::get('PS_SSL_ENABLED') ? 'https://' : 'http://') . $domain;
        }

        return $domain;
    }

    /**
     * Returns host[:port] of PWA_SHOP_URL, the address the harness serves the shop on.
     */
    private static function configuredHost()
    {
        $url = getenv('PWA_SHOP_URL');
        if (!$url) {
            return '';
        }
        $parts = parse_url($url);

        return ($parts['host'] ?? '') . (isset($parts['port']) ? ':' . $parts['port'] : '');
    }

    public static function usingSecureMode()
    {
        if (isset($_SERVER['HTTPS'])) {
            return in_array(strtolower((string) $_SERVER['HTTPS']), ['1', 'on'], true);
        }

        return isset($_SERVER['SSL']) && in_array(strtolower((string) $_SERVER['SSL']), ['1', 'on'], true);
    }

    public static function getCurrentUrlProtocolPrefix()
    {
        return self::usingSecureMode() ? 'https://' : 'http://';
    }

    public static function passwdGen($length = 8, $flag = 'ALPHANUMERIC')
    {
        $length = (int) $length;
        if ($length <= 0) {
            return false;
        }
        switch ($flag) {
            case 'NUMERIC':
                $chars = '0123456789';
                break;
            case 'NO_NUMERIC':
                $chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
                break;
            case 'RANDOM':
                return substr(base64_encode(random_bytes($length)), 0, $length);
            default:
                $chars = 'abcdefghijkmnopqrstuvwxyzABCDEFGHIJKLMNPQRSTUVWXYZ123456789';
        }
        $password = '';
        for ($i = 0; $i < $length; ++$i) {
            $password .= $chars[random_int(0, strlen($chars) - 1)];
        }

        return $password;
    }

    /**
     * Sends a redirect and ends the request, like PrestaShop's.
     */
    public static function redirect($url, $base_uri = '/', $link = null, $headers = null)
    {
        if (strpos($url, 'http://') === false && strpos($url, 'https://') === false && $link instanceof Link) {
            $url = $link->getPageLink($url);
        }
        header('Location: ' . $url);
        exit;
    }

    public static function ps_round($value, $precision = 0, $round_mode = null)
    {
        $round_mode = $round_mode ?? (int) Configuration::get('PS_PRICE_ROUND_MODE');
        switch ($round_mode) {
            case 0:
                return self::ceilf($value, $precision);
            case 1:
                return self::floorf($value, $precision);
            case 3:
                return round((float) $value, (int) $precision, PHP_ROUND_HALF_DOWN);
            case 4:
                return round((float) $value, (int) $precision, PHP_ROUND_HALF_EVEN);
            case 5:
                return round((float) $value, (int) $precision, PHP_ROUND_HALF_ODD);
            default:
                return round((float) $value, (int) $precision, PHP_ROUND_HALF_UP);
        }
    }

    public static function ceilf($value, $precision = 0)
    {
        $factor = 10 ** $precision;

        return ceil(round($value * $factor, 6)) / $factor;
    }

    public static function floorf($value, $precision = 0)
    {
        $factor = 10 ** $precision;

        return floor(round($value * $factor, 6)) / $factor;
    }

    public static function strlen($str, $encoding = 'UTF-8')
    {
        return mb_strlen((string) $str, $encoding);
    }

    public static function substr($str, $start, $length = false, $encoding = 'UTF-8')
    {
        return mb_substr((string) $str, (int) $start, $length === false ? null : (int) $length, $encoding);
    }

    public static function strtolower($str)
    {
        return mb_strtolower((string) $str, 'utf-8');
    }

    public static function strtoupper($str)
    {
        return mb_strtoupper((string) $str, 'utf-8');
    }

    public static function ucfirst($str)
    {
        return self::strtoupper(self::substr($str, 0, 1)) . self::substr($str, 1);
    }

    public static function nl2br($str)
    {
        return str_replace(["\r\n", "\r", "\n"], '<br />', (string) $str);
    }

    public static function htmlentitiesUTF8($string, $type = ENT_QUOTES)
    {
        return is_array($string) ? array_map([self::class, 'htmlentitiesUTF8'], $string) : htmlentities((string) $string, $type, 'utf-8');
    }

    public static function safeOutput($string, $html = false)
    {
        return $html ? $string : strip_tags((string) $string);
    }

    public static function displayError($string = 'Fatal error', $htmlentities = true, ?Context $context = null)
    {
        return $htmlentities ? self::htmlentitiesUTF8($string) : $string;
    }

    public static function getRemoteAddr()
    {
        return $_SERVER['REMOTE_ADDR'] ?? '127.0.0.1';
    }

    public static function encrypt($passwd)
    {
        return md5(_COOKIE_KEY_ . $passwd);
    }

    public static function hash($passwd)
    {
        return password_hash((string) $passwd, PASSWORD_BCRYPT);
    }

    public static function getToken($page = true, ?Context $context = null)
    {
        return self::encrypt('token' . (Context::getContext()->customer->id ?? 0));
    }

    public static function isEmpty($field)
    {
        return $field === '' || $field === null;
    }

    public static function str2url($str)
    {
        $str = trim(self::strtolower((string) $str));
        $str = preg_replace('/[^a-z0-9\s\'\:\/\[\]\-\p{L}]/u', '', $str);
        $str = preg_replace('/[\s\'\:\/\[\]\-]+/', ' ', $str);

        return str_replace(' ', '-', trim($str));
    }

    public static function jsonEncode($data, $options = 0, $depth = 512)
    {
        return json_encode($data, $options, $depth);
    }

    public static function jsonDecode($data, $assoc = false, $depth = 512, $options = 0)
    {
        return json_decode($data, $assoc, $depth, $options);
    }

    public static function getDefaultIndexContent()
    {
        return "<?php\nheader('Location: ../');\nexit;\n";
    }

    public static function toCamelCase($str, $capitaliseFirstChar = false)
    {
        $str = self::strtolower((string) $str);
        $str = str_replace(' ', '', ucwords(str_replace('_', ' ', $str)));

        return $capitaliseFirstChar ? $str : lcfirst($str);
    }
}
