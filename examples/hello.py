"""The centred-title card of the Next.js ImageResponse docs, built with h() (same as hello.json)."""

from ogrender import ImageResponse, h

card = h(
    "div",
    {"style": {"fontSize": 128, "background": "white", "width": "100%", "height": "100%", "display": "flex",
               "textAlign": "center", "alignItems": "center", "justifyContent": "center"}},
    "Hello world!",
)

if __name__ == "__main__":
    response = ImageResponse(card, width=1200, height=630)
    with open("hello.png", "wb") as f:
        f.write(response.body)
    print(f"wrote hello.png ({len(response.body)} bytes, {response.headers['content-type']})")
