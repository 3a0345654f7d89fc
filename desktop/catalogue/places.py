"""Other names of the catalogue's cities, so a search in another script finds them (서울, 首尔 -> Seoul)."""

CITY_NAMES: dict[str, tuple[str, ...]] = {
    "Seoul": ("서울", "서울특별시", "首尔", "首爾", "ソウル"),
    "Busan": ("부산", "釜山"),
    "Tokyo": ("東京", "东京", "도쿄"),
    "Toyama": ("富山", "도야마"),
    "Yokohama": ("横浜", "요코하마"),
    "Hangzhou": ("杭州", "항저우"),
    "Shenzhen": ("深圳", "선전"),
    "Shanghai": ("上海", "상하이"),
    "Beijing": ("北京", "베이징"),
    "Taipei": ("臺北", "台北", "타이베이"),
    "Hong Kong": ("香港", "홍콩"),
    "Singapore": ("新加坡", "Singapura", "싱가포르"),
    "Bangkok": ("กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "방콕", "曼谷"),
    "Da Nang": ("Đà Nẵng", "다낭", "岘港"),
    "Hanoi": ("Hà Nội", "하노이", "河内"),
    "Ho Chi Minh City": ("Thành phố Hồ Chí Minh", "호찌민", "胡志明市"),
    "Jakarta": ("자카르타", "雅加达"),
    "Surabaya": ("수라바야", "泗水"),
    "Makassar": ("마카사르", "望加锡"),
    "Pune": ("पुणे", "푸네"),
    "Indore": ("इंदौर", "인도르"),
    "Ahmedabad": ("અમદાવાદ", "अहमदाबाद", "아마다바드"),
    "Kerala": ("കേരളം", "케랄라"),
    "Naga City": ("Naga", "나가"),
    "Colombo": ("කොළඹ", "கொழும்பு", "콜롬보"),
    "Porto Alegre": ("포르투알레그리",),
    "Curitiba": ("쿠리치바", "库里提巴"),
    "Medellín": ("Medellin", "메데인", "麦德林"),
}


def other_names(city: str) -> tuple[str, ...]:
    """The city's names in other languages and scripts, if the catalogue knows them."""
    return CITY_NAMES.get(city, ())
